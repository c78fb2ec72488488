package ru.agentiq.core.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.priority.PriorityConfig;
import ru.agentiq.core.priority.PrioritySettingsStore;

/** Thread-safe per-seller {@link PriorityConfig}s in the heap; sellers without one get the defaults. */
public final class InMemoryPrioritySettings implements PrioritySettingsStore {

    private final Map<SellerId, PriorityConfig> configs = new ConcurrentHashMap<>();

    @Override
    public PriorityConfig forSeller(SellerId sellerId) {
        return configs.getOrDefault(Checks.required(sellerId, "sellerId"), PriorityConfig.defaults());
    }

    /** Stores {@code config} for {@code sellerId}, replacing what was there. */
    @Override
    public void put(SellerId sellerId, PriorityConfig config) {
        configs.put(Checks.required(sellerId, "sellerId"), Checks.required(config, "config"));
    }

    /** Back to the defaults; a no-op when the seller set nothing. */
    @Override
    public void reset(SellerId sellerId) {
        configs.remove(Checks.required(sellerId, "sellerId"));
    }
}
