package ru.agentiq.core.memory;

import ru.agentiq.core.customer.CustomerProfileStore;
import ru.agentiq.core.customer.CustomerProfileStoreContract;

class InMemoryCustomerProfileStoreTest extends CustomerProfileStoreContract {

    @Override
    protected CustomerProfileStore newStore() {
        return new InMemoryCustomerProfileStore();
    }
}
