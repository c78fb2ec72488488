package ru.agentiq.core.promo;

import ru.agentiq.core.interaction.SellerId;

/** Port: a seller's current promo settings (runtime settings). Must be thread-safe and cheap to call. */
@FunctionalInterface
public interface PromoSettingsSource {

    /** No seller has promo codes. */
    PromoSettingsSource NONE = sellerId -> PromoSettings.defaults();

    /** The settings of {@code sellerId}; {@link PromoSettings#defaults()} when the seller set nothing. */
    PromoSettings settings(SellerId sellerId);
}
