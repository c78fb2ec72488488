package ru.agentiq.jdbc.history;

import org.jdbi.v3.core.Jdbi;
import ru.agentiq.core.history.ResponseHistoryStore;
import ru.agentiq.core.history.ResponseHistoryStoreContract;
import ru.agentiq.jdbc.internal.Dialect;
import ru.agentiq.jdbc.testing.TestDatabases;

class PostgresResponseHistoryStoreTest extends ResponseHistoryStoreContract {

    @Override
    protected ResponseHistoryStore newStore() {
        Jdbi jdbi = Jdbi.create(TestDatabases.postgres());
        return new JdbcResponseHistoryStore(jdbi, Dialect.of(jdbi));
    }
}
