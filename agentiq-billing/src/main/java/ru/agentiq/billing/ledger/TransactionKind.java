package ru.agentiq.billing.ledger;

import ru.agentiq.core.interaction.WireValue;

/** What a {@link CreditTransaction} does to a wallet, with the sign its amount always has. */
public enum TransactionKind implements WireValue {
    /** Credits added: an admin grant or a paid top-up. Positive. */
    GRANT("grant", 1),
    /** Credits spent by a metered call. Negative. */
    DEBIT("debit", -1),
    /** Credits of an earlier debit given back. Positive. */
    REFUND("refund", 1),
    /** A correction made by an administrator, with a reason. Either sign. */
    ADJUSTMENT("adjustment", 0);

    private final String wire;
    private final int sign;

    TransactionKind(String wire, int sign) {
        this.wire = wire;
        this.sign = sign;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** {@code 1} or {@code -1} when the amount always has that sign, {@code 0} when either is allowed. */
    public int sign() {
        return sign;
    }

    public static TransactionKind fromWire(String value) {
        return WireValue.parse(TransactionKind.class, value, "kind");
    }
}
