package ru.agentiq.core.ops;

import java.time.Instant;
import ru.agentiq.core.internal.Checks;

/**
 * What readiness needs to know about a seller's sync: its state, when it last succeeded and the last error.
 *
 * @param state       idle, syncing, ok or error
 * @param lastSyncAt  when a sync last finished successfully; null when never
 * @param lastError   the last failure in one line; nullable
 */
public record SellerSyncView(State state, Instant lastSyncAt, String lastError) {

    /** Sync states as readiness distinguishes them. */
    public enum State {
        IDLE, SYNCING, OK, ERROR
    }

    public SellerSyncView {
        Checks.required(state, "state");
    }

    /** A seller that has not synced yet. */
    public static SellerSyncView never() {
        return new SellerSyncView(State.IDLE, null, null);
    }
}
