package ru.agentiq.core.linking;

import java.time.Duration;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * Where a {@link LinkRecomputer} run stands.
 *
 * @param sellerId whose links are recomputed
 * @param phase    reading interactions, or linking and storing them
 * @param done     interactions read (loading) or linked and stored (linking) so far
 * @param total    interactions of the seller as counted at the start; {@code -1} when the store could not say
 * @param elapsed  time since the run started
 */
public record RecomputeProgress(SellerId sellerId, Phase phase, long done, long total, Duration elapsed) {

    public RecomputeProgress {
        Checks.required(sellerId, "sellerId");
        Checks.required(phase, "phase");
        if (done < 0 || total < -1) {
            throw new ValidationException("done must be >= 0 and total >= -1, were " + done + " and " + total);
        }
        Checks.required(elapsed, "elapsed");
    }

    /** Phases of a recomputation, in order. */
    public enum Phase {
        /** Reading the seller's interactions page by page. */
        LOADING,
        /** Computing candidates batch by batch and storing each batch. */
        LINKING
    }
}
