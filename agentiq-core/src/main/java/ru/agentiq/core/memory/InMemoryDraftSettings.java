package ru.agentiq.core.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.draft.DraftSettings;
import ru.agentiq.core.draft.DraftSettingsStore;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/** Per-seller draft settings in memory, changeable at run time (plan item 44). Thread-safe. */
public final class InMemoryDraftSettings implements DraftSettingsStore {

    private final DraftSettings defaults;
    private final Map<SellerId, DraftSettings> bySeller = new ConcurrentHashMap<>();

    public InMemoryDraftSettings() {
        this(DraftSettings.defaults());
    }

    /** @param defaults what a seller without settings of its own gets */
    public InMemoryDraftSettings(DraftSettings defaults) {
        this.defaults = Checks.required(defaults, "defaults");
    }

    @Override
    public DraftSettings settings(SellerId sellerId) {
        return bySeller.getOrDefault(Checks.required(sellerId, "sellerId"), defaults);
    }

    @Override
    public void put(SellerId sellerId, DraftSettings settings) {
        bySeller.put(Checks.required(sellerId, "sellerId"), Checks.required(settings, "settings"));
    }

    /** Back to the defaults. */
    @Override
    public void reset(SellerId sellerId) {
        bySeller.remove(Checks.required(sellerId, "sellerId"));
    }
}
