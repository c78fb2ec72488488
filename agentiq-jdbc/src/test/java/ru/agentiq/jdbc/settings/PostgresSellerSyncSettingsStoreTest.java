package ru.agentiq.jdbc.settings;

import ru.agentiq.core.sync.SellerSyncSettingsStore;
import ru.agentiq.core.sync.SellerSyncSettingsStoreContract;

class PostgresSellerSyncSettingsStoreTest extends SellerSyncSettingsStoreContract {

    @Override
    protected SellerSyncSettingsStore newStore() {
        return SharedPostgres.emptied().sellerSyncSettings();
    }
}
