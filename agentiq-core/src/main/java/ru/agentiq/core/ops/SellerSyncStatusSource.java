package ru.agentiq.core.ops;

import ru.agentiq.core.interaction.SellerId;

/** Port: a seller's sync state for the readiness gate (the sync module's status store adapts to it). */
@FunctionalInterface
public interface SellerSyncStatusSource {

    /** The seller's sync state; {@link SellerSyncView#never()} when unknown. */
    SellerSyncView status(SellerId sellerId);
}
