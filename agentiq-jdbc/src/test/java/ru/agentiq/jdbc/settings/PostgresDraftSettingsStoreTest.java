package ru.agentiq.jdbc.settings;

import ru.agentiq.core.draft.DraftSettingsStore;
import ru.agentiq.core.draft.DraftSettingsStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class PostgresDraftSettingsStoreTest extends DraftSettingsStoreContract {

    @Override
    protected DraftSettingsStore newStore() {
        return AgentIqJdbc.builder(TestDatabases.postgres()).migrate(false).build().draftSettings();
    }
}
