package ru.agentiq.cli;

import java.time.Clock;
import ru.agentiq.core.demo.DemoSeeder;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.memory.InMemorySyncCursorStore;
import ru.agentiq.core.memory.InMemorySyncLock;
import ru.agentiq.core.memory.InMemorySyncStatusStore;
import ru.agentiq.core.sync.InteractionFeed;
import ru.agentiq.core.sync.ItemStep;
import ru.agentiq.core.sync.SyncCursorStore;
import ru.agentiq.core.sync.SyncService;
import ru.agentiq.core.sync.SyncStatusStore;

/**
 * The store a CLI invocation works on when no database is configured: core's in-memory adapters, wired once per
 * process.
 */
public final class EmbeddedStore {

    private final Clock clock;
    private final InteractionRepository interactions = new InMemoryInteractionRepository();
    private final InteractionEventStore events = new InMemoryInteractionEventStore();
    private final SyncCursorStore syncCursors = new InMemorySyncCursorStore();
    private final SyncStatusStore syncStatuses = new InMemorySyncStatusStore();

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

    /**
     * The per-item step of ingestion from a marketplace: prioritisation (priority, SLA) once the priority feature is
     * wired here; until then items keep the normaliser's baseline.
     */
    public ItemStep itemStep() {
        return ItemStep.NONE;
    }

    /** A sync of {@code feed} into this store, with in-memory watermarks, cursors, statuses and lock. */
    public SyncService syncService(InteractionFeed feed) {
        return SyncService.builder(feed, interactions)
                .ingestion(ingestion())
                .cursors(syncCursors)
                .statuses(syncStatuses)
                .lock(new InMemorySyncLock(clock))
                .itemStep(itemStep())
                .clock(clock)
                .build();
    }

    public DemoSeeder demoSeeder() {
        return new DemoSeeder(interactions, events, clock);
    }
}
