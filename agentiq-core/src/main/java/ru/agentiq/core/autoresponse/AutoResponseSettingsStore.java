package ru.agentiq.core.autoresponse;

import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * Port: where sellers' auto-response settings (the configuration and the sandbox flag) are kept and changed at run
 * time. A seller that stored nothing, or was reset, gets {@link AutoResponseConfig#defaults()} with sandbox mode off.
 * The configuration and the sandbox flag change independently. Implementations are thread-safe; the last write wins.
 */
public interface AutoResponseSettingsStore extends AutoResponseSettingsSource {

    /** The seller's settings; the defaults with sandbox off when nothing is stored. */
    @Override
    AutoResponseSettings settings(SellerId sellerId);

    /** Replaces the seller's configuration, keeping its sandbox flag. */
    void put(SellerId sellerId, AutoResponseConfig config);

    /** Switches sandbox mode, keeping the configuration. */
    void sandbox(SellerId sellerId, boolean enabled);

    /** Back to the defaults, sandbox mode off; a no-op when the seller set nothing. */
    void reset(SellerId sellerId);

    /** Applies a preset (seed §h.2), keeping the sandbox flag, and returns the resulting configuration. */
    default AutoResponseConfig applyPreset(SellerId sellerId, AutoResponseConfig.Preset preset) {
        AutoResponseConfig config = AutoResponseConfig.preset(Checks.required(preset, "preset"));
        put(sellerId, config);
        return config;
    }
}
