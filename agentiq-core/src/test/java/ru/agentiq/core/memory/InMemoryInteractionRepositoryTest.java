package ru.agentiq.core.memory;

import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.InteractionRepositoryContract;

class InMemoryInteractionRepositoryTest extends InteractionRepositoryContract {

    @Override
    protected InteractionRepository newRepository() {
        return new InMemoryInteractionRepository();
    }
}
