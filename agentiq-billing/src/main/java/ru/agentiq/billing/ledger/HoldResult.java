package ru.agentiq.billing.ledger;

import ru.agentiq.billing.internal.Args;

/**
 * What placing a hold did.
 *
 * @param hold     the hold: new, or the original when this was a replay
 * @param replayed {@code true} when the key had already placed this same hold and nothing was written
 */
public record HoldResult(Hold hold, boolean replayed) {
    public HoldResult {
        Args.required(hold, "hold");
    }
}
