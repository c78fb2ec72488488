package ru.agentiq.core.priority;

import ru.agentiq.core.interaction.WireValue;

/** Where an interaction stands against its answer deadline. */
public enum SlaState implements WireValue {
    /** No deadline applies (answered, or no SLA for the channel). */
    NONE("none"),
    /** More than the due-soon window is left. */
    ON_TRACK("on_track"),
    /** The deadline is at most the due-soon window away (and not yet passed). */
    DUE_SOON("due_soon"),
    /** The deadline has passed. */
    OVERDUE("overdue");

    private final String wire;

    SlaState(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
