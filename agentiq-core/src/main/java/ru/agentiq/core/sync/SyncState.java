package ru.agentiq.core.sync;

import ru.agentiq.core.interaction.WireValue;

/** Where a seller's synchronisation stands. */
public enum SyncState implements WireValue {
    /** Never synchronised. */
    IDLE("idle"),
    /** A run is in progress (or died; see {@link SyncService#DEFAULT_STUCK_AFTER}). */
    SYNCING("syncing"),
    /** The last run finished and every channel succeeded. */
    OK("ok"),
    /** The last run finished with at least one failed channel, or a run got stuck. */
    ERROR("error");

    private final String wire;

    SyncState(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static SyncState fromWire(String value) {
        return WireValue.parse(SyncState.class, value, "syncState");
    }
}
