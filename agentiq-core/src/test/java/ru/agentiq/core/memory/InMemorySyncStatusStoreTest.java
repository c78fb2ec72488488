package ru.agentiq.core.memory;

import ru.agentiq.core.sync.SyncStatusStore;
import ru.agentiq.core.sync.SyncStatusStoreContract;

class InMemorySyncStatusStoreTest extends SyncStatusStoreContract {

    @Override
    protected SyncStatusStore newStore() {
        return new InMemorySyncStatusStore();
    }
}
