package ru.agentiq.jdbc.settings;

import ru.agentiq.core.priority.PrioritySettingsStore;
import ru.agentiq.core.priority.PrioritySettingsStoreContract;

class PostgresPrioritySettingsStoreTest extends PrioritySettingsStoreContract {

    @Override
    protected PrioritySettingsStore newStore() {
        return SharedPostgres.emptied().prioritySettings();
    }
}
