package ru.agentiq.jdbc.sync;

import ru.agentiq.core.sync.SyncCursorStore;
import ru.agentiq.core.sync.SyncCursorStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class H2SyncCursorStoreTest extends SyncCursorStoreContract {

    @Override
    protected SyncCursorStore newStore() {
        return AgentIqJdbc.builder(TestDatabases.h2()).migrate(false).build().syncCursors();
    }
}
