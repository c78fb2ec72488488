package ru.agentiq.jdbc.billing;

import ru.agentiq.billing.ledger.LedgerStore;
import ru.agentiq.billing.ledger.LedgerStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class PostgresLedgerStoreTest extends LedgerStoreContract {

    @Override
    protected LedgerStore createStore() {
        return AgentIqJdbc.builder(TestDatabases.postgres()).migrate(false).build().ledger();
    }

    /** 16 threads × 1,000 debits, the load issue 7 sets for PostgreSQL. */
    @Override
    protected int threads() {
        return 16;
    }
}
