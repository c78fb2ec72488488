package ru.agentiq.jdbc.customer;

import org.jdbi.v3.core.Jdbi;
import ru.agentiq.core.customer.CustomerProfileStore;
import ru.agentiq.core.customer.CustomerProfileStoreContract;
import ru.agentiq.jdbc.testing.TestDatabases;

class H2CustomerProfileStoreTest extends CustomerProfileStoreContract {

    @Override
    protected CustomerProfileStore newStore() {
        return new JdbcCustomerProfileStore(Jdbi.create(TestDatabases.h2()));
    }
}
