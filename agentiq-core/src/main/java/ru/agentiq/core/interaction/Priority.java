package ru.agentiq.core.interaction;

/** How soon an interaction needs the seller; declared from most to least urgent. */
public enum Priority implements WireValue {
    URGENT("urgent"),
    HIGH("high"),
    NORMAL("normal"),
    LOW("low");

    private final String wire;

    Priority(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** 0 for {@link #URGENT} up to 3 for {@link #LOW}: sorting ascending puts the most urgent first. */
    public int rank() {
        return ordinal();
    }

    public static Priority fromWire(String value) {
        return WireValue.parse(Priority.class, value, "priority");
    }
}
