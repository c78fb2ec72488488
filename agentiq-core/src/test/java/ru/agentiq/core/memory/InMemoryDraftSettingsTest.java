package ru.agentiq.core.memory;

import ru.agentiq.core.draft.DraftSettingsStore;
import ru.agentiq.core.draft.DraftSettingsStoreContract;

class InMemoryDraftSettingsTest extends DraftSettingsStoreContract {

    @Override
    protected DraftSettingsStore newStore() {
        return new InMemoryDraftSettings();
    }
}
