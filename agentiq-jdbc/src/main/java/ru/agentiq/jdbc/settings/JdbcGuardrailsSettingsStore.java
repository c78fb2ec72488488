package ru.agentiq.jdbc.settings;

import java.time.Clock;
import java.time.Duration;
import ru.agentiq.core.guardrails.GuardrailsConfig;
import ru.agentiq.core.guardrails.GuardrailsSettingsStore;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * {@link GuardrailsSettingsStore} on {@code runtime_settings}, namespace {@value #NAMESPACE}: phrase categories in
 * order with their severities per channel, the return rule and the length limits.
 *
 * <p>Reads throw {@link UnreadableSettingsException} when the stored document cannot be read back.
 */
public final class JdbcGuardrailsSettingsStore implements GuardrailsSettingsStore {

    public static final String NAMESPACE = "guardrails_v1";

    private final SettingsDocument<GuardrailsConfig> document;

    /** @param cacheTtl how long a read is reused; {@link Duration#ZERO} reads the database every time */
    public JdbcGuardrailsSettingsStore(JdbcRuntimeSettings store, Clock clock, Duration cacheTtl) {
        this.document = new SettingsDocument<>(Checks.required(store, "store"), NAMESPACE,
                GuardrailsConfig.defaults(), SettingsJson::guardrails, SettingsJson::guardrails,
                Checks.required(clock, "clock"), Checks.required(cacheTtl, "cacheTtl"));
    }

    @Override
    public GuardrailsConfig forSeller(SellerId sellerId) {
        return document.get(sellerId);
    }

    @Override
    public void put(SellerId sellerId, GuardrailsConfig config) {
        document.put(sellerId, config);
    }

    @Override
    public void reset(SellerId sellerId) {
        document.reset(sellerId);
    }
}
