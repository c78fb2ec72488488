package ru.agentiq.jdbc.reply;

import ru.agentiq.core.reply.ReplyAttemptStore;
import ru.agentiq.core.reply.ReplyAttemptStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class H2ReplyAttemptStoreTest extends ReplyAttemptStoreContract {

    @Override
    protected ReplyAttemptStore newStore() {
        return AgentIqJdbc.builder(TestDatabases.h2()).migrate(false).build().replyAttempts();
    }
}
