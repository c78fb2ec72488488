package ru.agentiq.billing.policy;

import ru.agentiq.core.interaction.WireValue;

/** Where the effective enforcement switch comes from. */
public enum EnforcementSource implements WireValue {
    /** The configured value (the seed's {@code CREDIT_ENFORCEMENT_ENABLED}). */
    CONFIG("config"),
    /** A runtime override set by an administrator, which wins until cleared. */
    OVERRIDE("override");

    private final String wire;

    EnforcementSource(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
