package ru.agentiq.cli;

import java.time.Clock;
import ru.agentiq.core.demo.DemoSeeder;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;

/**
 * The store a CLI invocation works on when no database is configured: core's in-memory adapters, wired once per
 * process.
 */
public final class EmbeddedStore {

    private final Clock clock;
    private final InteractionRepository interactions = new InMemoryInteractionRepository();
    private final InteractionEventStore events = new InMemoryInteractionEventStore();

    public EmbeddedStore(Clock clock) {
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public InteractionRepository interactions() {
        return interactions;
    }

    public InteractionEventStore events() {
        return events;
    }

    public IngestionService ingestion() {
        return new IngestionService(interactions, clock);
    }

    public DemoSeeder demoSeeder() {
        return new DemoSeeder(interactions, events, clock);
    }
}
