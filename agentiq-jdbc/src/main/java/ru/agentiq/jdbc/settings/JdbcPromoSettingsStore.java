package ru.agentiq.jdbc.settings;

import java.time.Clock;
import java.time.Duration;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.promo.PromoSettings;
import ru.agentiq.core.promo.PromoSettingsStore;

/**
 * {@link PromoSettingsStore} on {@code runtime_settings}, namespace {@value #NAMESPACE}: the codes in order, each with
 * its channel flags, and the seller's switches.
 *
 * <p>Reads throw {@link UnreadableSettingsException} when the stored document cannot be read back.
 */
public final class JdbcPromoSettingsStore implements PromoSettingsStore {

    public static final String NAMESPACE = "promo_settings_v1";

    private final SettingsDocument<PromoSettings> document;

    /** @param cacheTtl how long a read is reused; {@link Duration#ZERO} reads the database every time */
    public JdbcPromoSettingsStore(JdbcRuntimeSettings store, Clock clock, Duration cacheTtl) {
        this.document = new SettingsDocument<>(Checks.required(store, "store"), NAMESPACE, PromoSettings.defaults(),
                SettingsJson::promo, SettingsJson::promo, Checks.required(clock, "clock"),
                Checks.required(cacheTtl, "cacheTtl"));
    }

    @Override
    public PromoSettings settings(SellerId sellerId) {
        return document.get(sellerId);
    }

    @Override
    public void put(SellerId sellerId, PromoSettings settings) {
        document.put(sellerId, settings);
    }

    @Override
    public void reset(SellerId sellerId) {
        document.reset(sellerId);
    }
}
