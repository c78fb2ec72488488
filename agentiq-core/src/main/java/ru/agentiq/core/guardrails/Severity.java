package ru.agentiq.core.guardrails;

import ru.agentiq.core.interaction.WireValue;

/** How much a guardrail finding matters: an error blocks a reply before it is sent, a warning only informs. */
public enum Severity implements WireValue {
    ERROR("error"),
    WARNING("warning");

    private final String wire;

    Severity(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static Severity fromWire(String value) {
        return WireValue.parse(Severity.class, value, "severity");
    }
}
