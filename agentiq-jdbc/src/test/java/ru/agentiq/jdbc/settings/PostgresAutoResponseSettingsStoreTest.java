package ru.agentiq.jdbc.settings;

import ru.agentiq.core.autoresponse.AutoResponseSettingsStore;
import ru.agentiq.core.autoresponse.AutoResponseSettingsStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class PostgresAutoResponseSettingsStoreTest extends AutoResponseSettingsStoreContract {

    @Override
    protected AutoResponseSettingsStore newStore() {
        return AgentIqJdbc.builder(TestDatabases.postgres()).migrate(false).build().autoResponseSettings();
    }
}
