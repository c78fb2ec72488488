package ru.agentiq.billing.payment;

import ru.agentiq.core.interaction.WireValue;

/** What confirming a payment did (the seed's webhook answer). */
public enum TopUpStatus implements WireValue {
    /** The credits were granted now. */
    OK("ok"),
    /** The payment had been confirmed before; nothing was granted again. */
    ALREADY_PROCESSED("already_processed");

    private final String wire;

    TopUpStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
