package ru.agentiq.core.memory;

import ru.agentiq.core.priority.PrioritySettingsStore;
import ru.agentiq.core.priority.PrioritySettingsStoreContract;

class InMemoryPrioritySettingsTest extends PrioritySettingsStoreContract {

    @Override
    protected PrioritySettingsStore newStore() {
        return new InMemoryPrioritySettings();
    }
}
