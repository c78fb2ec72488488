package ru.agentiq.core.memory;

import ru.agentiq.core.reply.ReplyAttemptStore;
import ru.agentiq.core.reply.ReplyAttemptStoreContract;

class InMemoryReplyAttemptStoreTest extends ReplyAttemptStoreContract {

    @Override
    protected ReplyAttemptStore newStore() {
        return new InMemoryReplyAttemptStore();
    }
}
