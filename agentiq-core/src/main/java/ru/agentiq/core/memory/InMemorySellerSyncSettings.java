package ru.agentiq.core.memory;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.sync.SellerSyncSettings;
import ru.agentiq.core.sync.SyncService;

/** Thread-safe {@link SellerSyncSettings} in the heap, with a setter for the reply-pending window. */
public final class InMemorySellerSyncSettings implements SellerSyncSettings {

    private final Map<SellerId, Integer> windows = new ConcurrentHashMap<>();

    /**
     * Sets the seller's reply-pending window.
     *
     * @throws ru.agentiq.core.ValidationException unless 30..1440 minutes
     */
    public void setReplyPendingWindowMinutes(SellerId sellerId, int minutes) {
        Checks.required(sellerId, "sellerId");
        SyncService.checkReplyPendingWindow(java.time.Duration.ofMinutes(minutes));
        windows.put(sellerId, minutes);
    }

    @Override
    public OptionalInt replyPendingWindowMinutes(SellerId sellerId) {
        Integer minutes = windows.get(sellerId);
        return minutes == null ? OptionalInt.empty() : OptionalInt.of(minutes);
    }
}
