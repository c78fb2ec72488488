package ru.agentiq.core.linking;

import ru.agentiq.core.internal.Checks;

/**
 * How {@link LinkRecomputer} works through a seller.
 *
 * @param batchSize   interactions read per page and linked and stored per batch, 1..{@value #MAX_BATCH_SIZE}
 * @param parallelism threads that link a batch, 1..{@value #MAX_PARALLELISM}
 */
public record RecomputeOptions(int batchSize, int parallelism) {

    public static final int DEFAULT_BATCH_SIZE = 10_000;
    public static final int MAX_BATCH_SIZE = 100_000;
    public static final int MAX_PARALLELISM = 256;

    public RecomputeOptions {
        Checks.inRange(batchSize, 1, MAX_BATCH_SIZE, "batchSize");
        Checks.inRange(parallelism, 1, MAX_PARALLELISM, "parallelism");
    }

    /** Batches of {@value #DEFAULT_BATCH_SIZE}, one thread per available processor. */
    public static RecomputeOptions defaults() {
        return new RecomputeOptions(DEFAULT_BATCH_SIZE, Math.min(MAX_PARALLELISM,
                Runtime.getRuntime().availableProcessors()));
    }
}
