package ru.agentiq.billing.ledger;

import ru.agentiq.billing.internal.Args;

/** Store-assigned id of a {@link CreditTransaction}; always looked up together with its account. */
public record TransactionId(long value) {
    public TransactionId {
        Args.positive(value, "transactionId");
    }

    public static TransactionId of(long value) {
        return new TransactionId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
