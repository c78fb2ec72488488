package ru.agentiq.jdbc.settings;

import ru.agentiq.core.promo.PromoSettingsStore;
import ru.agentiq.core.promo.PromoSettingsStoreContract;

class PostgresPromoSettingsStoreTest extends PromoSettingsStoreContract {

    @Override
    protected PromoSettingsStore newStore() {
        return SharedPostgres.emptied().promoSettings();
    }
}
