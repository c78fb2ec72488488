package ru.agentiq.core.draft;

import ru.agentiq.core.interaction.SellerId;

/** Port: a seller's current draft settings (runtime settings store). Must be thread-safe and cheap to call. */
@FunctionalInterface
public interface DraftSettingsSource {

    DraftSettings settings(SellerId sellerId);

    /** Every seller gets {@code settings}. */
    static DraftSettingsSource fixed(DraftSettings settings) {
        return sellerId -> settings;
    }
}
