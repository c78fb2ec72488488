package ru.agentiq.jdbc.settings;

import ru.agentiq.core.autoresponse.AutoResponseSettingsStore;
import ru.agentiq.core.autoresponse.AutoResponseSettingsStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class H2AutoResponseSettingsStoreTest extends AutoResponseSettingsStoreContract {

    @Override
    protected AutoResponseSettingsStore newStore() {
        return AgentIqJdbc.builder(TestDatabases.h2()).migrate(false).build().autoResponseSettings();
    }
}
