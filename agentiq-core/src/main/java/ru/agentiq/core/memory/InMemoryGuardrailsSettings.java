package ru.agentiq.core.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.guardrails.GuardrailsConfig;
import ru.agentiq.core.guardrails.GuardrailsSettingsStore;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/** Thread-safe per-seller {@link GuardrailsConfig}s in the heap; sellers without one get the defaults. */
public final class InMemoryGuardrailsSettings implements GuardrailsSettingsStore {

    private final Map<SellerId, GuardrailsConfig> configs = new ConcurrentHashMap<>();

    @Override
    public GuardrailsConfig forSeller(SellerId sellerId) {
        return configs.getOrDefault(Checks.required(sellerId, "sellerId"), GuardrailsConfig.defaults());
    }

    /** Stores {@code config} for {@code sellerId}, replacing what was there. */
    @Override
    public void put(SellerId sellerId, GuardrailsConfig config) {
        configs.put(Checks.required(sellerId, "sellerId"), Checks.required(config, "config"));
    }

    /** Back to the defaults; a no-op when the seller set nothing. */
    @Override
    public void reset(SellerId sellerId) {
        configs.remove(Checks.required(sellerId, "sellerId"));
    }
}
