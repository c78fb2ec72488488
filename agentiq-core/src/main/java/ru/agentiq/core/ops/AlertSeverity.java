package ru.agentiq.core.ops;

import ru.agentiq.core.interaction.WireValue;

/** How urgently an alert needs a person. */
public enum AlertSeverity implements WireValue {
    CRITICAL("critical"),
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String wire;

    AlertSeverity(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
