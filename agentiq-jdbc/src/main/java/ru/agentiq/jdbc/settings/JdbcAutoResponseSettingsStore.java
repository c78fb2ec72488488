package ru.agentiq.jdbc.settings;

import java.time.Clock;
import java.time.Duration;
import ru.agentiq.core.autoresponse.AutoResponseConfig;
import ru.agentiq.core.autoresponse.AutoResponseSettings;
import ru.agentiq.core.autoresponse.AutoResponseSettingsStore;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * {@link AutoResponseSettingsStore} on {@code runtime_settings}: the configuration in namespace {@value #NAMESPACE}
 * and the sandbox flag in {@value #SANDBOX_NAMESPACE}. Two documents, so that changing one never overwrites a
 * concurrent change of the other.
 *
 * <p>Reads throw {@link UnreadableSettingsException} when a stored document cannot be read back.
 */
public final class JdbcAutoResponseSettingsStore implements AutoResponseSettingsStore {

    public static final String NAMESPACE = "auto_response_v1";
    public static final String SANDBOX_NAMESPACE = "auto_response_sandbox_v1";

    private final SettingsDocument<AutoResponseConfig> config;
    private final SettingsDocument<Boolean> sandbox;

    /** @param cacheTtl how long a read is reused; {@link Duration#ZERO} reads the database every time */
    public JdbcAutoResponseSettingsStore(JdbcRuntimeSettings store, Clock clock, Duration cacheTtl) {
        Checks.required(store, "store");
        Checks.required(clock, "clock");
        Checks.required(cacheTtl, "cacheTtl");
        this.config = new SettingsDocument<>(store, NAMESPACE, AutoResponseConfig.defaults(),
                SettingsJson::autoResponse, SettingsJson::autoResponse, clock, cacheTtl);
        this.sandbox = new SettingsDocument<>(store, SANDBOX_NAMESPACE, false, SettingsJson::sandbox,
                SettingsJson::sandbox, clock, cacheTtl);
    }

    @Override
    public AutoResponseSettings settings(SellerId sellerId) {
        return new AutoResponseSettings(config.get(sellerId), sandbox.get(sellerId));
    }

    @Override
    public void put(SellerId sellerId, AutoResponseConfig value) {
        config.put(sellerId, value);
    }

    @Override
    public void sandbox(SellerId sellerId, boolean enabled) {
        sandbox.put(sellerId, enabled);
    }

    @Override
    public void reset(SellerId sellerId) {
        config.reset(sellerId);
        sandbox.reset(sellerId);
    }
}
