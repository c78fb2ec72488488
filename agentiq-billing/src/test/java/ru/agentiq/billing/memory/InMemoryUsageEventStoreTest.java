package ru.agentiq.billing.memory;

import ru.agentiq.billing.ledger.LedgerStore;
import ru.agentiq.billing.usage.UsageEventStore;
import ru.agentiq.billing.usage.UsageEventStoreContract;

class InMemoryUsageEventStoreTest extends UsageEventStoreContract {

    @Override
    protected LedgerStore createLedgerStore() {
        return new InMemoryLedgerStore();
    }

    @Override
    protected UsageEventStore createUsageStore(LedgerStore ledgerStore) {
        return new InMemoryUsageEventStore();
    }
}
