package ru.agentiq.core.quality;

/**
 * The state of the queue right now (not windowed).
 *
 * @param interactionsTotal  every interaction
 * @param needsResponseTotal interactions still owed an answer
 * @param respondedTotal     interactions in status {@code responded}
 */
public record PipelineCounts(long interactionsTotal, long needsResponseTotal, long respondedTotal) {
}
