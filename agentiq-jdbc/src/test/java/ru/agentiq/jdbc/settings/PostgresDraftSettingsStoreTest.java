package ru.agentiq.jdbc.settings;

import ru.agentiq.core.draft.DraftSettingsStore;
import ru.agentiq.core.draft.DraftSettingsStoreContract;

class PostgresDraftSettingsStoreTest extends DraftSettingsStoreContract {

    @Override
    protected DraftSettingsStore newStore() {
        return SharedPostgres.emptied().draftSettings();
    }
}
