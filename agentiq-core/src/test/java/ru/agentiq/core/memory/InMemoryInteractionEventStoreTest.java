package ru.agentiq.core.memory;

import java.util.concurrent.atomic.AtomicLong;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionEventStoreContract;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;

class InMemoryInteractionEventStoreTest extends InteractionEventStoreContract {

    private final AtomicLong ids = new AtomicLong();

    @Override
    protected InteractionEventStore newStore() {
        return new InMemoryInteractionEventStore();
    }

    @Override
    protected InteractionId existingInteraction(SellerId seller, String externalId) {
        return InteractionId.of(ids.incrementAndGet());
    }
}
