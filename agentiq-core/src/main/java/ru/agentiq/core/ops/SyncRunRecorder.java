package ru.agentiq.core.ops;

/** Port: where sync orchestration reports each finished run. Implementations must be thread-safe and never throw. */
@FunctionalInterface
public interface SyncRunRecorder {

    void record(SyncRun run);

    /** A recorder that keeps nothing. */
    static SyncRunRecorder none() {
        return run -> {
        };
    }
}
