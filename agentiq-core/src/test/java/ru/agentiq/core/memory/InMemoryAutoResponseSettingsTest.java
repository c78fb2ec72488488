package ru.agentiq.core.memory;

import ru.agentiq.core.autoresponse.AutoResponseSettingsStore;
import ru.agentiq.core.autoresponse.AutoResponseSettingsStoreContract;

class InMemoryAutoResponseSettingsTest extends AutoResponseSettingsStoreContract {

    @Override
    protected AutoResponseSettingsStore newStore() {
        return new InMemoryAutoResponseSettings();
    }
}
