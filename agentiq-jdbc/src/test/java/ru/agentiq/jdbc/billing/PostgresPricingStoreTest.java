package ru.agentiq.jdbc.billing;

import ru.agentiq.billing.pricing.PricingStore;
import ru.agentiq.billing.pricing.PricingStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class PostgresPricingStoreTest extends PricingStoreContract {

    @Override
    protected PricingStore createStore() {
        return AgentIqJdbc.builder(TestDatabases.postgres()).migrate(false).build().pricing();
    }
}
