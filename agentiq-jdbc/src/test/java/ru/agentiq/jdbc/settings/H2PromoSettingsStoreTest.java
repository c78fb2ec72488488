package ru.agentiq.jdbc.settings;

import ru.agentiq.core.promo.PromoSettingsStore;
import ru.agentiq.core.promo.PromoSettingsStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class H2PromoSettingsStoreTest extends PromoSettingsStoreContract {

    @Override
    protected PromoSettingsStore newStore() {
        return AgentIqJdbc.builder(TestDatabases.h2()).migrate(false).build().promoSettings();
    }
}
