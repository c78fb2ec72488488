package ru.agentiq.jdbc.settings;

import ru.agentiq.core.autoresponse.AutoResponseSettingsStore;
import ru.agentiq.core.autoresponse.AutoResponseSettingsStoreContract;

class PostgresAutoResponseSettingsStoreTest extends AutoResponseSettingsStoreContract {

    @Override
    protected AutoResponseSettingsStore newStore() {
        return SharedPostgres.emptied().autoResponseSettings();
    }
}
