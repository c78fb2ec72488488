package ru.agentiq.core.draft;

import ru.agentiq.core.interaction.SellerId;

/**
 * Port: where sellers' draft (AI) settings — the seed's {@code ai_settings_v1} namespace — are kept and changed at run
 * time. A seller that stored nothing, or was reset, gets the store's defaults ({@link DraftSettings#defaults()} unless
 * the adapter was given others). Implementations are thread-safe; the last write wins.
 */
public interface DraftSettingsStore extends DraftSettingsSource {

    /** Stores {@code settings} for {@code sellerId}, replacing what was there. */
    void put(SellerId sellerId, DraftSettings settings);

    /** Back to the defaults; a no-op when the seller set nothing. */
    void reset(SellerId sellerId);
}
