package ru.agentiq.core.ops;

import ru.agentiq.core.interaction.WireValue;

/** Overall sync health of a seller. */
public enum SyncHealthStatus implements WireValue {
    /** No runs recorded yet. */
    UNKNOWN("unknown"),
    HEALTHY("healthy"),
    WARNING("warning"),
    CRITICAL("critical");

    private final String wire;

    SyncHealthStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
