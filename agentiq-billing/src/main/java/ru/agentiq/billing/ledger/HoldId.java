package ru.agentiq.billing.ledger;

import ru.agentiq.billing.internal.Args;

/** Store-assigned id of a {@link Hold}; always looked up together with its account. */
public record HoldId(long value) {
    public HoldId {
        Args.positive(value, "holdId");
    }

    public static HoldId of(long value) {
        return new HoldId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
