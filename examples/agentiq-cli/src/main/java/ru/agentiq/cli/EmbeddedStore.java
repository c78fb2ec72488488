package ru.agentiq.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import ru.agentiq.billing.ledger.AdminWallets;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.policy.CreditPolicy;
import ru.agentiq.billing.pricing.PricingService;
import ru.agentiq.billing.usage.UsageEventStore;
import ru.agentiq.billing.usage.UsageReports;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.demo.DemoSeeder;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.memory.InMemorySyncCursorStore;
import ru.agentiq.core.memory.InMemorySyncLock;
import ru.agentiq.core.memory.InMemorySyncStatusStore;
import ru.agentiq.core.priority.InteractionPrioritizer;
import ru.agentiq.core.sync.InteractionFeed;
import ru.agentiq.core.sync.ItemStep;
import ru.agentiq.core.sync.SyncCursorStore;
import ru.agentiq.core.sync.SyncService;
import ru.agentiq.core.sync.SyncStatusStore;
import ru.agentiq.jdbc.AgentIqJdbc;

/**
 * The store a CLI invocation works on, through the JDBC adapters: by default a private in-memory H2 database (gone
 * when the command ends); {@code --db PATH} or the {@code AGENTIQ_DB} environment variable keep the data in an H2
 * file instead, and a {@code jdbc:postgresql:} URL uses PostgreSQL.
 *
 * <p>Billing (wallets, usage events, pricing) still uses billing's in-memory adapters, created in this class only:
 * when {@code agentiq-jdbc} implements billing's ports, swapping the three fields below is the whole change. Until
 * then wallet data lasts one invocation, whatever {@code --db} says.
 */
public final class EmbeddedStore {

    private static final InteractionPrioritizer PRIORITIZER = InteractionPrioritizer.defaults();

    /** Environment variable naming the database when {@code --db} is not given. */
    public static final String DB_ENV = "AGENTIQ_DB";

    /** Options of H2 that make it behave like PostgreSQL for our SQL. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final Clock clock;
    private final String description;
    private final DataSource dataSource;
    private AgentIqJdbc jdbc;
    private final CreditPolicy creditPolicy = CreditPolicy.defaults();
    private CreditLedger ledger;
    private PricingService pricing;
    // sync progress stays in memory until the JDBC module offers the sync ports
    private final SyncCursorStore syncCursors = new InMemorySyncCursorStore();
    private final SyncStatusStore syncStatuses = new InMemorySyncStatusStore();
    private final ru.agentiq.core.memory.InMemorySyncRunLog syncRuns = new ru.agentiq.core.memory.InMemorySyncRunLog();

    private EmbeddedStore(Clock clock, DataSource dataSource, String description) {
        this.clock = clock;
        this.description = description;
        this.dataSource = dataSource;
    }

    /** The store named by {@code AGENTIQ_DB}, or a private in-memory one. */
    public EmbeddedStore(Clock clock) {
        this(clock, System.getenv(DB_ENV));
    }

    /**
     * The store {@code location} names: {@code null}/blank for a private in-memory H2 database, a {@code jdbc:} URL
     * (H2 or PostgreSQL), or a file path for an H2 file database.
     */
    public EmbeddedStore(Clock clock, String location) {
        this(clock, dataSource(location), describe(location));
    }

    public Clock clock() {
        return clock;
    }

    /** Where the data lives, for messages ("in memory", the file path, or the URL without credentials). */
    public String description() {
        return description;
    }

    /** The JDBC adapters, connected (and the schema migrated) on first use. */
    public synchronized AgentIqJdbc jdbc() {
        if (jdbc == null) {
            jdbc = AgentIqJdbc.create(dataSource);
        }
        return jdbc;
    }

    public InteractionRepository interactions() {
        return jdbc().interactions();
    }

    public InteractionEventStore events() {
        return jdbc().events();
    }

    public IngestionService ingestion() {
        return new IngestionService(interactions(), clock);
    }

    /** The per-item step of ingestion from a marketplace: prioritisation (priority, intent, SLA due time). */
    public ItemStep itemStep() {
        return defaultItemStep();
    }

    /** The item step every CLI command applies to marketplace items (see {@link #itemStep()}). */
    public static ItemStep defaultItemStep() {
        return PRIORITIZER::prioritise;
    }

    /** A sync of {@code feed} into this store, with in-memory watermarks, cursors, statuses and lock. */
    public SyncService syncService(InteractionFeed feed) {
        return SyncService.builder(feed, interactions())
                .ingestion(ingestion())
                .cursors(syncCursors)
                .statuses(syncStatuses)
                .lock(new InMemorySyncLock(clock))
                .itemStep(itemStep())
                .runRecorder(syncRuns)
                .clock(clock)
                .build();
    }

    /** The sync runs of this store's syncs (the last ten per seller and channel), for sync health. */
    public ru.agentiq.core.memory.InMemorySyncRunLog syncRuns() {
        return syncRuns;
    }

    /** The sellers' sync statuses of this store's syncs. */
    public SyncStatusStore syncStatuses() {
        return syncStatuses;
    }

    public DemoSeeder demoSeeder() {
        return new DemoSeeder(interactions(), events(), clock);
    }

    /** The credit ledger over the store's wallet tables. */
    public synchronized CreditLedger ledger() {
        if (ledger == null) {
            ledger = new CreditLedger(jdbc().ledger(), clock);
        }
        return ledger;
    }

    /** Administrator grants and wallet views. */
    public AdminWallets adminWallets() {
        return new AdminWallets(ledger());
    }

    /** Enforcement switch and low-balance threshold (defaults: warn-only, below 5 credits is low). */
    public CreditPolicy creditPolicy() {
        return creditPolicy;
    }

    /** Model pricing, starting from the seed's table. */
    public synchronized PricingService pricing() {
        if (pricing == null) {
            pricing = new PricingService(jdbc().pricing(), clock);
        }
        return pricing;
    }

    /** Where LLM call events are appended. */
    public UsageEventStore usageEvents() {
        return jdbc().usageEvents();
    }

    /** Usage reports with calendar days in {@code zone}. */
    public UsageReports usageReports(ZoneId zone) {
        return new UsageReports(usageEvents(), zone);
    }

    static DataSource dataSource(String location) {
        if (location == null || location.isBlank()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:agentiq-" + UUID.randomUUID() + H2_OPTIONS + ";DB_CLOSE_DELAY=-1");
            return h2;
        }
        String value = location.strip();
        if (value.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(value);
            return pg;
        }
        if (value.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(value.contains("MODE=") ? value : value + H2_OPTIONS);
            return h2;
        }
        if (value.startsWith("jdbc:")) {
            throw new ValidationException("--db supports jdbc:h2: and jdbc:postgresql: URLs or a file path, was '"
                    + value.substring(0, value.indexOf(':', 5) + 1) + "…'");
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + Path.of(value).toAbsolutePath() + H2_OPTIONS + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    private static String describe(String location) {
        if (location == null || location.isBlank()) {
            return "in memory";
        }
        String value = location.strip();
        if (value.startsWith("jdbc:")) {
            int query = value.indexOf('?');
            return query < 0 ? value : value.substring(0, query);
        }
        return Path.of(value).toAbsolutePath().toString();
    }
}
