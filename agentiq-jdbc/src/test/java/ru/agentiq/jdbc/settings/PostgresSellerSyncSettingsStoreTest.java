package ru.agentiq.jdbc.settings;

import ru.agentiq.core.sync.SellerSyncSettingsStore;
import ru.agentiq.core.sync.SellerSyncSettingsStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class PostgresSellerSyncSettingsStoreTest extends SellerSyncSettingsStoreContract {

    @Override
    protected SellerSyncSettingsStore newStore() {
        return AgentIqJdbc.builder(TestDatabases.postgres()).migrate(false).build().sellerSyncSettings();
    }
}
