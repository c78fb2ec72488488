package ru.agentiq.billing.usage;

import ru.agentiq.core.interaction.WireValue;

/** How far back an activity count looks, ending on (and including) a given day. */
public enum ActivityWindow implements WireValue {
    /** The day itself. */
    DAY("day", 1),
    /** The day and the six before it. */
    WEEK("week", 7),
    /** The day and the 29 before it. */
    MONTH("month", 30);

    private final String wire;
    private final int days;

    ActivityWindow(String wire, int days) {
        this.wire = wire;
        this.days = days;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Calendar days covered. */
    public int days() {
        return days;
    }

    public static ActivityWindow fromWire(String value) {
        return WireValue.parse(ActivityWindow.class, value, "window");
    }
}
