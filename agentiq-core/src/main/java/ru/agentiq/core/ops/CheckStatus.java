package ru.agentiq.core.ops;

import ru.agentiq.core.interaction.WireValue;

/** Result of one readiness check. */
public enum CheckStatus implements WireValue {
    PASS("pass"),
    WARN("warn"),
    FAIL("fail");

    private final String wire;

    CheckStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
