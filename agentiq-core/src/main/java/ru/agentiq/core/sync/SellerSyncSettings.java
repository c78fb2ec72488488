package ru.agentiq.core.sync;

import java.util.OptionalInt;
import ru.agentiq.core.interaction.SellerId;

/**
 * Port: per-seller synchronisation settings (the seed's {@code general_settings_v1:seller:{id}}). Values out of range
 * are ignored by the sync, which then uses its default.
 */
public interface SellerSyncSettings {

    /** Settings that say nothing: every seller gets the defaults. */
    SellerSyncSettings DEFAULTS = sellerId -> OptionalInt.empty();

    /** The seller's reply-pending window in minutes, when configured. */
    OptionalInt replyPendingWindowMinutes(SellerId sellerId);
}
