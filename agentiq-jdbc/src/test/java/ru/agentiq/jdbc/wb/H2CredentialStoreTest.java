package ru.agentiq.jdbc.wb;

import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;
import ru.agentiq.wb.auth.CredentialStore;
import ru.agentiq.wb.auth.CredentialStoreContract;

class H2CredentialStoreTest extends CredentialStoreContract {

    @Override
    protected CredentialStore newStore() {
        return JdbcWbAdapters.create(AgentIqJdbc.builder(TestDatabases.h2()).migrate(false).build(),
                CredentialKeys.of("k1", CredentialKeys.generateKey())).credentials();
    }
}
