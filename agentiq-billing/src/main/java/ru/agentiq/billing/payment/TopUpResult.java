package ru.agentiq.billing.payment;

import ru.agentiq.billing.internal.Args;
import ru.agentiq.billing.ledger.CreditTransaction;

/**
 * A confirmed top-up.
 *
 * @param status      granted now or already before
 * @param transaction the grant
 */
public record TopUpResult(TopUpStatus status, CreditTransaction transaction) {
    public TopUpResult {
        Args.required(status, "status");
        Args.required(transaction, "transaction");
    }
}
