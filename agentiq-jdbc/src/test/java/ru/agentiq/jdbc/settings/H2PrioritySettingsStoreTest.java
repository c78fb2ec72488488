package ru.agentiq.jdbc.settings;

import ru.agentiq.core.priority.PrioritySettingsStore;
import ru.agentiq.core.priority.PrioritySettingsStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class H2PrioritySettingsStoreTest extends PrioritySettingsStoreContract {

    @Override
    protected PrioritySettingsStore newStore() {
        return AgentIqJdbc.builder(TestDatabases.h2()).migrate(false).build().prioritySettings();
    }
}
