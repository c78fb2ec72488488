package ru.agentiq.jdbc.settings;

import java.time.Clock;
import java.time.Duration;
import ru.agentiq.core.draft.DraftSettings;
import ru.agentiq.core.draft.DraftSettingsStore;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * {@link DraftSettingsStore} on {@code runtime_settings}, namespace {@value #NAMESPACE}: tone, model switch, provider
 * and model. A field missing from a stored document takes the store's default.
 *
 * <p>Reads throw {@link UnreadableSettingsException} when the stored document cannot be read back.
 */
public final class JdbcDraftSettingsStore implements DraftSettingsStore {

    public static final String NAMESPACE = "ai_settings_v1";

    private final SettingsDocument<DraftSettings> document;

    /**
     * @param defaults what a seller without settings of its own gets
     * @param cacheTtl how long a read is reused; {@link Duration#ZERO} reads the database every time
     */
    public JdbcDraftSettingsStore(JdbcRuntimeSettings store, DraftSettings defaults, Clock clock, Duration cacheTtl) {
        Checks.required(defaults, "defaults");
        this.document = new SettingsDocument<>(Checks.required(store, "store"), NAMESPACE, defaults,
                SettingsJson::draft, SettingsJson.draftReader(defaults), Checks.required(clock, "clock"),
                Checks.required(cacheTtl, "cacheTtl"));
    }

    @Override
    public DraftSettings settings(SellerId sellerId) {
        return document.get(sellerId);
    }

    @Override
    public void put(SellerId sellerId, DraftSettings settings) {
        document.put(sellerId, settings);
    }

    @Override
    public void reset(SellerId sellerId) {
        document.reset(sellerId);
    }
}
