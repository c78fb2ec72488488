package ru.agentiq.core.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.sync.SellerSyncStatus;
import ru.agentiq.core.sync.SyncStatusStore;

/** Thread-safe {@link SyncStatusStore} in the heap. */
public final class InMemorySyncStatusStore implements SyncStatusStore {

    private final Map<SellerId, SellerSyncStatus> statuses = new ConcurrentHashMap<>();

    @Override
    public Optional<SellerSyncStatus> find(SellerId sellerId) {
        return Optional.ofNullable(statuses.get(sellerId));
    }

    @Override
    public void save(SellerSyncStatus status) {
        Checks.required(status, "status");
        statuses.put(status.sellerId(), status);
    }
}
