package ru.agentiq.jdbc.billing;

import ru.agentiq.billing.ledger.LedgerStore;
import ru.agentiq.billing.ledger.LedgerStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class H2LedgerStoreTest extends LedgerStoreContract {

    @Override
    protected LedgerStore createStore() {
        return AgentIqJdbc.builder(TestDatabases.h2()).migrate(false).build().ledger();
    }

    /**
     * H2 is the single-node embedded default; the full 16 × 1,000 concurrency load runs on PostgreSQL
     * ({@link PostgresLedgerStoreTest}). Here a quarter of it proves the same locking on H2.
     */
    @Override
    protected int threads() {
        return 16;
    }

    @Override
    protected int debitsPerThread() {
        return 250;
    }
}
