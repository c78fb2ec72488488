package ru.agentiq.core.linking;

import java.time.Duration;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * What a {@link LinkRecomputer} run did.
 *
 * @param sellerId     whose links were recomputed
 * @param interactions interactions linked (and stored, with possibly empty candidate lists)
 * @param linked       of those, how many have at least one candidate
 * @param candidates   candidates stored in total
 * @param batches      batches stored
 * @param elapsed      wall-clock duration of the run
 */
public record RecomputeResult(SellerId sellerId, long interactions, long linked, long candidates, int batches,
        Duration elapsed) {

    public RecomputeResult {
        Checks.required(sellerId, "sellerId");
        Checks.required(elapsed, "elapsed");
    }
}
