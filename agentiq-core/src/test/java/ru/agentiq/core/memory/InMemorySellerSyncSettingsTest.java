package ru.agentiq.core.memory;

import ru.agentiq.core.sync.SellerSyncSettingsStore;
import ru.agentiq.core.sync.SellerSyncSettingsStoreContract;

class InMemorySellerSyncSettingsTest extends SellerSyncSettingsStoreContract {

    @Override
    protected SellerSyncSettingsStore newStore() {
        return new InMemorySellerSyncSettings();
    }
}
