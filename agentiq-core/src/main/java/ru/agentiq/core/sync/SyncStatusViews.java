package ru.agentiq.core.sync;

import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.ops.SellerSyncStatusSource;
import ru.agentiq.core.ops.SellerSyncView;

/** A sync status store as the pilot gate's view of a seller's sync (state, last success, last error). */
public final class SyncStatusViews {

    private SyncStatusViews() {
    }

    public static SellerSyncStatusSource of(SyncStatusStore statuses) {
        Checks.required(statuses, "statuses");
        return sellerId -> statuses.find(sellerId).map(SyncStatusViews::view).orElse(SellerSyncView.never());
    }

    static SellerSyncView view(SellerSyncStatus status) {
        SellerSyncView.State state = switch (status.state()) {
            case IDLE -> SellerSyncView.State.IDLE;
            case SYNCING -> SellerSyncView.State.SYNCING;
            case OK -> SellerSyncView.State.OK;
            case ERROR -> SellerSyncView.State.ERROR;
        };
        return new SellerSyncView(state, status.lastSuccessAt(), status.lastError());
    }
}
