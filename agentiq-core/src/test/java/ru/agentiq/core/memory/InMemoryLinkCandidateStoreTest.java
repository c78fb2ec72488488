package ru.agentiq.core.memory;

import java.util.concurrent.atomic.AtomicLong;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.linking.LinkCandidateStore;
import ru.agentiq.core.linking.LinkCandidateStoreContract;

class InMemoryLinkCandidateStoreTest extends LinkCandidateStoreContract {

    private final AtomicLong ids = new AtomicLong();

    @Override
    protected LinkCandidateStore newStore() {
        return new InMemoryLinkCandidateStore();
    }

    @Override
    protected InteractionId existingInteraction(SellerId seller, String externalId) {
        return InteractionId.of(ids.incrementAndGet());
    }
}
