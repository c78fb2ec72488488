package ru.agentiq.jdbc.settings;

import ru.agentiq.core.draft.DraftSettingsStore;
import ru.agentiq.core.draft.DraftSettingsStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class H2DraftSettingsStoreTest extends DraftSettingsStoreContract {

    @Override
    protected DraftSettingsStore newStore() {
        return AgentIqJdbc.builder(TestDatabases.h2()).migrate(false).build().draftSettings();
    }
}
