package ru.agentiq.billing.ledger;

import ru.agentiq.core.interaction.WireValue;

/** Life of a {@link Hold}: held, then captured (charged) or released (given back), exactly once. */
public enum HoldStatus implements WireValue {
    HELD("held"),
    CAPTURED("captured"),
    RELEASED("released");

    private final String wire;

    HoldStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
