package ru.agentiq.core.interaction;

/** Workflow state of an interaction in the seller's queue. */
public enum InteractionStatus implements WireValue {
    OPEN("open"),
    RESPONDED("responded"),
    CLOSED("closed");

    private final String wire;

    InteractionStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static InteractionStatus fromWire(String value) {
        return WireValue.parse(InteractionStatus.class, value, "status");
    }
}
