package ru.agentiq.core.sync;

import java.util.Optional;
import ru.agentiq.core.interaction.SellerId;

/** Port: where sellers' sync statuses live. Implementations must be safe for concurrent use. */
public interface SyncStatusStore {

    Optional<SellerSyncStatus> find(SellerId sellerId);

    void save(SellerSyncStatus status);
}
