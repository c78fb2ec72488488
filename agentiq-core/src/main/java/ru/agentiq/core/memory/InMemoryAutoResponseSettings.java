package ru.agentiq.core.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.autoresponse.AutoResponseConfig;
import ru.agentiq.core.autoresponse.AutoResponseSettings;
import ru.agentiq.core.autoresponse.AutoResponseSettingsStore;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * Per-seller auto-response settings in memory: the configuration (defaults: off) and the sandbox flag. Thread-safe.
 */
public final class InMemoryAutoResponseSettings implements AutoResponseSettingsStore {

    private static final AutoResponseSettings DEFAULTS = new AutoResponseSettings(AutoResponseConfig.defaults(),
            false);

    private final Map<SellerId, AutoResponseSettings> bySeller = new ConcurrentHashMap<>();

    @Override
    public AutoResponseSettings settings(SellerId sellerId) {
        return bySeller.getOrDefault(Checks.required(sellerId, "sellerId"), DEFAULTS);
    }

    @Override
    public void put(SellerId sellerId, AutoResponseConfig config) {
        Checks.required(sellerId, "sellerId");
        Checks.required(config, "config");
        bySeller.compute(sellerId, (id, old) -> new AutoResponseSettings(config, old != null && old.sandbox()));
    }

    /** Applies a preset (seed §h.2) and returns the resulting configuration. */
    @Override
    public AutoResponseConfig applyPreset(SellerId sellerId, AutoResponseConfig.Preset preset) {
        return AutoResponseSettingsStore.super.applyPreset(sellerId, preset);
    }

    @Override
    public void sandbox(SellerId sellerId, boolean enabled) {
        Checks.required(sellerId, "sellerId");
        bySeller.compute(sellerId, (id, old) -> new AutoResponseSettings(
                old == null ? AutoResponseConfig.defaults() : old.config(), enabled));
    }

    @Override
    public void reset(SellerId sellerId) {
        bySeller.remove(Checks.required(sellerId, "sellerId"));
    }
}
