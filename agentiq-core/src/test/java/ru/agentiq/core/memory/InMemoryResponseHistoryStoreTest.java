package ru.agentiq.core.memory;

import ru.agentiq.core.history.ResponseHistoryStore;
import ru.agentiq.core.history.ResponseHistoryStoreContract;

class InMemoryResponseHistoryStoreTest extends ResponseHistoryStoreContract {

    @Override
    protected ResponseHistoryStore newStore() {
        return new InMemoryResponseHistoryStore();
    }
}
