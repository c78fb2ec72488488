package ru.agentiq.jdbc.settings;

import ru.agentiq.core.sync.SellerSyncSettingsStore;
import ru.agentiq.core.sync.SellerSyncSettingsStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class H2SellerSyncSettingsStoreTest extends SellerSyncSettingsStoreContract {

    @Override
    protected SellerSyncSettingsStore newStore() {
        return AgentIqJdbc.builder(TestDatabases.h2()).migrate(false).build().sellerSyncSettings();
    }
}
