package ru.agentiq.core.sync;

import ru.agentiq.core.interaction.SellerId;

/**
 * Port: where sellers' general settings (the seed's {@code general_settings_v1} namespace: the reply-pending window)
 * are kept and changed at run time. A seller that stored nothing, or was reset, has no window of its own and the sync
 * uses {@link SyncService#DEFAULT_REPLY_PENDING_WINDOW}. Implementations are thread-safe; the last write wins.
 */
public interface SellerSyncSettingsStore extends SellerSyncSettings {

    /**
     * Sets the seller's reply-pending window.
     *
     * @throws ru.agentiq.core.ValidationException unless 30..1440 minutes
     */
    void setReplyPendingWindowMinutes(SellerId sellerId, int minutes);

    /** Forgets the seller's window; a no-op when the seller set none. */
    void reset(SellerId sellerId);
}
