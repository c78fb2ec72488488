package ru.agentiq.jdbc.billing;

import org.jdbi.v3.core.Jdbi;
import ru.agentiq.billing.ledger.LedgerStore;
import ru.agentiq.billing.usage.UsageEventStore;
import ru.agentiq.billing.usage.UsageEventStoreContract;
import ru.agentiq.jdbc.internal.Dialect;
import ru.agentiq.jdbc.testing.TestDatabases;

class H2UsageEventStoreTest extends UsageEventStoreContract {

    private Jdbi jdbi;

    @Override
    protected LedgerStore createLedgerStore() {
        jdbi = Jdbi.create(TestDatabases.h2());
        return new JdbcLedgerStore(jdbi, Dialect.of(jdbi));
    }

    @Override
    protected UsageEventStore createUsageStore(LedgerStore ledgerStore) {
        return new JdbcUsageEventStore(jdbi);
    }
}
