package ru.agentiq.core.memory;

import ru.agentiq.core.sync.SyncCursorStore;
import ru.agentiq.core.sync.SyncCursorStoreContract;

class InMemorySyncCursorStoreTest extends SyncCursorStoreContract {

    @Override
    protected SyncCursorStore newStore() {
        return new InMemorySyncCursorStore();
    }
}
