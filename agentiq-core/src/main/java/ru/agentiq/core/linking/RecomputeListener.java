package ru.agentiq.core.linking;

/**
 * Port: told how a {@link LinkRecomputer} run progresses — after every page read and every batch stored — to drive a
 * progress bar, a log line or a metric. Called on the thread that runs the recomputation; a listener that throws
 * aborts the run (interrupting the thread does the same, more politely).
 */
@FunctionalInterface
public interface RecomputeListener {

    /** Ignores every report. */
    RecomputeListener NONE = progress -> { };

    void onProgress(RecomputeProgress progress);
}
