package ru.agentiq.core.promo;

import ru.agentiq.core.interaction.SellerId;

/**
 * Port: where sellers' promo settings (the seed's {@code promo_settings_v1} namespace) are kept and changed at run
 * time. A seller that stored nothing, or was reset, gets {@link PromoSettings#defaults()}. Implementations are
 * thread-safe; the last write wins.
 */
public interface PromoSettingsStore extends PromoSettingsSource {

    /** Stores {@code settings} for {@code sellerId}, replacing what was there. */
    void put(SellerId sellerId, PromoSettings settings);

    /** Back to the defaults; a no-op when the seller set nothing. */
    void reset(SellerId sellerId);
}
