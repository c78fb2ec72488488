package ru.agentiq.billing.ledger;

import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;

/**
 * What posting a {@link LedgerRequest} did.
 *
 * @param transaction the entry: newly written, or the original when this was a replay
 * @param replayed    {@code true} when the key had been used for this same request before and nothing was written
 *                    (the seed's {@code already_processed})
 */
public record PostingResult(CreditTransaction transaction, boolean replayed) {

    public PostingResult {
        Args.required(transaction, "transaction");
    }

    /** The balance right after the entry (for a replay: right after the original). */
    public Credits balanceAfter() {
        return transaction.balanceAfter();
    }
}
