package ru.agentiq.jdbc.sync;

import ru.agentiq.core.sync.SyncStatusStore;
import ru.agentiq.core.sync.SyncStatusStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class PostgresSyncStatusStoreTest extends SyncStatusStoreContract {

    @Override
    protected SyncStatusStore newStore() {
        return AgentIqJdbc.builder(TestDatabases.postgres()).migrate(false).build().syncStatuses();
    }
}
