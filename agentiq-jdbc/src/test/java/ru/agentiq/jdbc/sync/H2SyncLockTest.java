package ru.agentiq.jdbc.sync;

import java.time.Clock;
import javax.sql.DataSource;
import ru.agentiq.core.sync.SyncLock;
import ru.agentiq.core.sync.SyncLockContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class H2SyncLockTest extends SyncLockContract {

    private DataSource database;

    @Override
    protected SyncLock newLock(Clock clock) {
        database = TestDatabases.h2();
        return AgentIqJdbc.builder(database).migrate(false).clock(clock).build().syncLock();
    }

    /** A second application instance: its own adapters over the same database. */
    @Override
    protected SyncLock otherInstance(Clock clock) {
        return AgentIqJdbc.builder(database).migrate(false).clock(clock).build().syncLock();
    }
}
