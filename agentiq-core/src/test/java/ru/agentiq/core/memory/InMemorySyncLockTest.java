package ru.agentiq.core.memory;

import java.time.Clock;
import ru.agentiq.core.sync.SyncLock;
import ru.agentiq.core.sync.SyncLockContract;

class InMemorySyncLockTest extends SyncLockContract {

    @Override
    protected SyncLock newLock(Clock clock) {
        return new InMemorySyncLock(clock);
    }
}
