package ru.agentiq.cli;

import java.time.Clock;
import ru.agentiq.core.demo.DemoActivity;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.ops.OpsAlertService;
import ru.agentiq.core.ops.PilotReadiness;
import ru.agentiq.core.ops.SyncHealthEvaluator;
import ru.agentiq.core.quality.InboxScans;
import ru.agentiq.core.quality.QualityService;
import ru.agentiq.core.sync.SyncStatusViews;

/**
 * The store of one CLI invocation, with the demo data seeded when the seller has nothing yet (as {@code agentiq demo}
 * does), two weeks of demo activity, and the metric services wired on it. Sync health and the pilot gate's sync check
 * read the store's sync runs and statuses: those of {@code agentiq sync} runs on the same store, plus demo runs
 * recorded when the demo is seeded.
 */
public final class Workspace {

    private final EmbeddedStore store;
    private final SellerId seller;
    private final boolean seeded;

    private Workspace(EmbeddedStore store, SellerId seller, boolean seeded) {
        this.store = store;
        this.seller = seller;
        this.seeded = seeded;
    }

    /** Opens the store and seeds the demo for {@code seller} when it has no interactions. */
    public static Workspace open(StoreOptions options, SellerId seller) {
        EmbeddedStore store = options.open(Clock.systemUTC());
        boolean empty = InboxScans.count(store.interactions(), InboxQuery.builder(seller)) == 0;
        Workspace w = new Workspace(store, seller, empty);
        if (empty) {
            store.demoSeeder().seed(seller);
            new DemoActivity(store.interactions(), store.events()).seed(seller, store.clock().instant());
            DemoActivity.syncRuns(seller, store.clock().instant()).forEach(store.syncRuns()::record);
        }
        return w;
    }

    public EmbeddedStore store() {
        return store;
    }

    public SellerId seller() {
        return seller;
    }

    /** Whether this invocation seeded the demo data. */
    public boolean seeded() {
        return seeded;
    }

    public QualityService quality() {
        return new QualityService(store.interactions(), store.events(), store.clock());
    }

    public OpsAlertService ops() {
        return new OpsAlertService(store.interactions(), quality(),
                new SyncHealthEvaluator(store.syncRuns(), store.clock()), store.clock());
    }

    public PilotReadiness readiness() {
        return new PilotReadiness(store.interactions(), quality(), ops(), SyncStatusViews.of(store.syncStatuses()),
                store.clock());
    }
}
