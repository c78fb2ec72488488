package ru.agentiq.jdbc.settings;

import java.time.Clock;
import java.time.Duration;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.priority.PriorityConfig;
import ru.agentiq.core.priority.PrioritySettingsStore;

/**
 * {@link PrioritySettingsStore} on {@code runtime_settings}, namespace {@value #NAMESPACE}: the chat SLA overrides,
 * the calendar (zone, working hours per weekday, deadline mode), the due-soon window and the intent fallback.
 *
 * <p>Reads throw {@link UnreadableSettingsException} when the stored document cannot be read back.
 */
public final class JdbcPrioritySettingsStore implements PrioritySettingsStore {

    public static final String NAMESPACE = "sla_config_v1";

    private final SettingsDocument<PriorityConfig> document;

    /** @param cacheTtl how long a read is reused; {@link Duration#ZERO} reads the database every time */
    public JdbcPrioritySettingsStore(JdbcRuntimeSettings store, Clock clock, Duration cacheTtl) {
        this.document = new SettingsDocument<>(Checks.required(store, "store"), NAMESPACE, PriorityConfig.defaults(),
                SettingsJson::priority, SettingsJson::priority, Checks.required(clock, "clock"),
                Checks.required(cacheTtl, "cacheTtl"));
    }

    @Override
    public PriorityConfig forSeller(SellerId sellerId) {
        return document.get(sellerId);
    }

    @Override
    public void put(SellerId sellerId, PriorityConfig config) {
        document.put(sellerId, config);
    }

    @Override
    public void reset(SellerId sellerId) {
        document.reset(sellerId);
    }
}
