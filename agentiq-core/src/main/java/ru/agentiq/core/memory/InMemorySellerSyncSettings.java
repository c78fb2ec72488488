package ru.agentiq.core.memory;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.sync.SellerSyncSettingsStore;
import ru.agentiq.core.sync.SyncService;

/** Thread-safe {@link SellerSyncSettingsStore} in the heap. */
public final class InMemorySellerSyncSettings implements SellerSyncSettingsStore {

    private final Map<SellerId, Integer> windows = new ConcurrentHashMap<>();

    /**
     * Sets the seller's reply-pending window.
     *
     * @throws ru.agentiq.core.ValidationException unless 30..1440 minutes
     */
    @Override
    public void setReplyPendingWindowMinutes(SellerId sellerId, int minutes) {
        Checks.required(sellerId, "sellerId");
        SyncService.checkReplyPendingWindow(java.time.Duration.ofMinutes(minutes));
        windows.put(sellerId, minutes);
    }

    @Override
    public OptionalInt replyPendingWindowMinutes(SellerId sellerId) {
        Integer minutes = windows.get(Checks.required(sellerId, "sellerId"));
        return minutes == null ? OptionalInt.empty() : OptionalInt.of(minutes);
    }

    @Override
    public void reset(SellerId sellerId) {
        windows.remove(Checks.required(sellerId, "sellerId"));
    }
}
