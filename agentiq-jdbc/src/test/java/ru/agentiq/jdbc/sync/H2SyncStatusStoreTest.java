package ru.agentiq.jdbc.sync;

import ru.agentiq.core.sync.SyncStatusStore;
import ru.agentiq.core.sync.SyncStatusStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class H2SyncStatusStoreTest extends SyncStatusStoreContract {

    @Override
    protected SyncStatusStore newStore() {
        return AgentIqJdbc.builder(TestDatabases.h2()).migrate(false).build().syncStatuses();
    }
}
