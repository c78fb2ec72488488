package ru.agentiq.jdbc;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import ru.agentiq.billing.ledger.LedgerStore;
import ru.agentiq.billing.pricing.PricingStore;
import ru.agentiq.billing.usage.UsageEventStore;
import ru.agentiq.core.customer.CustomerProfileStore;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.linking.LinkCandidateStore;
import ru.agentiq.jdbc.customer.JdbcCustomerProfileStore;
import ru.agentiq.jdbc.linking.JdbcLinkCandidateStore;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.reply.ReplyAttemptStore;
import ru.agentiq.core.sync.SyncCursorStore;
import ru.agentiq.core.sync.SyncLock;
import ru.agentiq.core.sync.SyncStatusStore;
import ru.agentiq.core.history.ResponseHistoryStore;
import ru.agentiq.core.metrics.MetricFactStore;
import ru.agentiq.core.autoresponse.AutoResponseSettingsStore;
import ru.agentiq.core.draft.DraftSettings;
import ru.agentiq.core.draft.DraftSettingsStore;
import ru.agentiq.core.guardrails.GuardrailsSettingsStore;
import ru.agentiq.core.priority.PrioritySettingsStore;
import ru.agentiq.core.promo.PromoSettingsStore;
import ru.agentiq.core.sync.SellerSyncSettingsStore;
import ru.agentiq.jdbc.settings.JdbcAutoResponseSettingsStore;
import ru.agentiq.jdbc.settings.JdbcDraftSettingsStore;
import ru.agentiq.jdbc.settings.JdbcGuardrailsSettingsStore;
import ru.agentiq.jdbc.settings.JdbcPrioritySettingsStore;
import ru.agentiq.jdbc.settings.JdbcPromoSettingsStore;
import ru.agentiq.jdbc.settings.JdbcRuntimeSettings;
import ru.agentiq.jdbc.settings.JdbcSellerSyncSettingsStore;
import ru.agentiq.jdbc.billing.JdbcLedgerStore;
import ru.agentiq.jdbc.history.JdbcResponseHistoryStore;
import ru.agentiq.jdbc.metrics.JdbcMetricFactStore;
import ru.agentiq.jdbc.billing.JdbcPricingStore;
import ru.agentiq.jdbc.billing.JdbcUsageEventStore;
import ru.agentiq.jdbc.interaction.JdbcInteractionEventStore;
import ru.agentiq.jdbc.internal.Dialect;
import ru.agentiq.jdbc.interaction.JdbcInteractionRepository;
import ru.agentiq.jdbc.reply.JdbcReplyAttemptStore;
import ru.agentiq.jdbc.sync.JdbcSyncCursorStore;
import ru.agentiq.jdbc.sync.JdbcSyncLock;
import ru.agentiq.jdbc.sync.JdbcSyncStatusStore;

/**
 * Entry point of the JDBC adapters: give it a {@link DataSource} (PostgreSQL 15+ or H2 2.x in PostgreSQL mode),
 * it brings the schema up to date with Flyway (unless told not to) and hands back every persistence port.
 * Pass a pooled {@code DataSource} in production: each operation borrows a connection.
 *
 * <p>The WB connector's rate budget and credential store on the same database come from
 * {@code ru.agentiq.jdbc.wb.JdbcWbAdapters}, kept apart so that this class loads without the connector on the
 * classpath.
 *
 * <pre>{@code
 * AgentIqJdbc jdbc = AgentIqJdbc.builder(dataSource).build();
 * InteractionRepository interactions = jdbc.interactions();
 * }</pre>
 */
public final class AgentIqJdbc {

    /** Classpath location of the migrations every supported database runs. */
    public static final String MIGRATIONS = "classpath:db/agentiq";
    /**
     * Classpath location of the PostgreSQL-only migrations (the ledger's one-round-trip debit function), run after
     * {@link #MIGRATIONS} on PostgreSQL. An application that runs AgentIQ's migrations with its own Flyway should list
     * both; without this one the ledger still works, one round trip per statement.
     */
    public static final String POSTGRESQL_MIGRATIONS = "classpath:db/agentiq-postgresql";
    /** Flyway's history table; its own name so AgentIQ can share a schema with the application's migrations. */
    public static final String HISTORY_TABLE = "agentiq_schema_history";
    /** How long the settings stores reuse what they read, unless {@link Builder#settingsCacheTtl} says otherwise. */
    public static final Duration DEFAULT_SETTINGS_CACHE_TTL = Duration.ofSeconds(5);

    private final Jdbi jdbi;
    private final InteractionRepository interactions;
    private final InteractionEventStore events;
    private final Dialect dialect;
    private final JdbcLedgerStore ledger;
    private final JdbcUsageEventStore usageEvents;
    private final JdbcPricingStore pricing;
    private final JdbcLinkCandidateStore links;
    private final JdbcCustomerProfileStore customers;
    private final Clock clock;
    private final JdbcSyncCursorStore syncCursors;
    private final JdbcSyncStatusStore syncStatuses;
    private final JdbcSyncLock syncLock;
    private final JdbcReplyAttemptStore replyAttempts;
    private final JdbcResponseHistoryStore responseHistory;
    private final JdbcMetricFactStore metricFacts;
    private final JdbcRuntimeSettings runtimeSettings;
    private final JdbcPrioritySettingsStore prioritySettings;
    private final JdbcDraftSettingsStore draftSettings;
    private final JdbcAutoResponseSettingsStore autoResponseSettings;
    private final JdbcSellerSyncSettingsStore sellerSyncSettings;
    private final JdbcGuardrailsSettingsStore guardrailsSettings;
    private final JdbcPromoSettingsStore promoSettings;
    private final Duration settingsCacheTtl;

    private AgentIqJdbc(Builder builder) {
        this.jdbi = Jdbi.create(builder.dataSource);
        this.dialect = Dialect.of(jdbi); // before migrating: an unsupported database is refused untouched
        if (builder.migrate) {
            migrate(builder.dataSource, dialect);
        }
        this.interactions = new JdbcInteractionRepository(jdbi, dialect);
        this.events = new JdbcInteractionEventStore(jdbi);
        this.ledger = new JdbcLedgerStore(jdbi, dialect, builder.lockTimeout, builder.debitBatch,
                builder.debitCalls);
        this.usageEvents = new JdbcUsageEventStore(jdbi);
        this.pricing = new JdbcPricingStore(jdbi);
        this.links = new JdbcLinkCandidateStore(jdbi);
        this.customers = new JdbcCustomerProfileStore(jdbi);
        this.clock = builder.clock;
        this.syncCursors = new JdbcSyncCursorStore(jdbi, dialect);
        this.syncStatuses = new JdbcSyncStatusStore(jdbi, dialect);
        this.syncLock = new JdbcSyncLock(jdbi, clock);
        this.replyAttempts = new JdbcReplyAttemptStore(jdbi, dialect);
        this.responseHistory = new JdbcResponseHistoryStore(jdbi, dialect);
        this.metricFacts = new JdbcMetricFactStore(jdbi, dialect);
        this.runtimeSettings = new JdbcRuntimeSettings(jdbi, dialect, clock);
        Duration ttl = builder.settingsCacheTtl;
        this.settingsCacheTtl = ttl;
        this.prioritySettings = new JdbcPrioritySettingsStore(runtimeSettings, clock, ttl);
        this.draftSettings = new JdbcDraftSettingsStore(runtimeSettings, builder.draftDefaults, clock, ttl);
        this.autoResponseSettings = new JdbcAutoResponseSettingsStore(runtimeSettings, clock, ttl);
        this.sellerSyncSettings = new JdbcSellerSyncSettingsStore(runtimeSettings, clock, ttl);
        this.guardrailsSettings = new JdbcGuardrailsSettingsStore(runtimeSettings, clock, ttl);
        this.promoSettings = new JdbcPromoSettingsStore(runtimeSettings, clock, ttl);
    }

    /** Adapters over {@code dataSource}, migrating its schema first. */
    public static AgentIqJdbc create(DataSource dataSource) {
        return builder(dataSource).build();
    }

    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** Applies pending migrations to {@code dataSource}; safe to call repeatedly. */
    public static void migrate(DataSource dataSource) {
        Checks.required(dataSource, "dataSource");
        migrate(dataSource, Dialect.of(Jdbi.create(dataSource)));
    }

    private static void migrate(DataSource dataSource, Dialect dialect) {
        String[] locations = dialect == Dialect.POSTGRESQL
                ? new String[] {MIGRATIONS, POSTGRESQL_MIGRATIONS}
                : new String[] {MIGRATIONS};
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public InteractionRepository interactions() {
        return interactions;
    }

    public InteractionEventStore events() {
        return events;
    }

    /** Which database the DataSource is: PostgreSQL or H2. */
    public Dialect dialect() {
        return dialect;
    }

    /** The credit ledger's wallets, entries and holds; its units of work are database transactions. */
    public LedgerStore ledger() {
        return ledger;
    }

    /** LLM call events, written in the ledger's units of work. */
    public UsageEventStore usageEvents() {
        return usageEvents;
    }

    /** Versioned pricing tables. */
    public PricingStore pricing() {
        return pricing;
    }

    /** Each interaction's current cross-channel link candidates. */
    public LinkCandidateStore linkCandidates() {
        return links;
    }

    /** Buyer profiles (anonymous buyers are never stored). */
    public CustomerProfileStore customerProfiles() {
        return customers;
    }

    /** Watermarks and cursors of sellers' synchronisation. */
    public SyncCursorStore syncCursors() {
        return syncCursors;
    }

    /** Sellers' sync statuses, with per-channel cooldowns. */
    public SyncStatusStore syncStatuses() {
        return syncStatuses;
    }

    /**
     * The per-seller sync lock shared by every application instance on this database: a lease row that expires
     * after its TTL on {@link Builder#clock the clock}.
     */
    public SyncLock syncLock() {
        return syncLock;
    }

    /** Idempotency records of replies, unique per seller and key. */
    public ReplyAttemptStore replyAttempts() {
        return replyAttempts;
    }

    /** The seller's reply history by product and intent, which drafts ground on. */
    public ResponseHistoryStore responseHistory() {
        return responseHistory;
    }

    /** Daily metric facts labelled by data source. */
    public MetricFactStore metricFacts() {
        return metricFacts;
    }

    /** Sellers' runtime settings as JSON documents per namespace, for namespaces of your own. */
    public JdbcRuntimeSettings runtimeSettings() {
        return runtimeSettings;
    }

    /** Sellers' prioritisation settings: chat SLA table, calendar, due-soon window, intent fallback. */
    public PrioritySettingsStore prioritySettings() {
        return prioritySettings;
    }

    /** Sellers' draft (AI) settings: tone and model. */
    public DraftSettingsStore draftSettings() {
        return draftSettings;
    }

    /** Sellers' auto-response configurations and sandbox flags. */
    public AutoResponseSettingsStore autoResponseSettings() {
        return autoResponseSettings;
    }

    /** Sellers' general settings: the reply-pending window. */
    public SellerSyncSettingsStore sellerSyncSettings() {
        return sellerSyncSettings;
    }

    /** Sellers' guardrails configurations. */
    public GuardrailsSettingsStore guardrailsSettings() {
        return guardrailsSettings;
    }

    /** Sellers' promo codes and promo switches. */
    public PromoSettingsStore promoSettings() {
        return promoSettings;
    }

    /** How long the settings stores reuse what they read. */
    public Duration settingsCacheTtl() {
        return settingsCacheTtl;
    }

    /** The clock leases and other adapters' timestamps are measured on. */
    public Clock clock() {
        return clock;
    }

    /** Options for {@link AgentIqJdbc}. */
    public static final class Builder {
        private final DataSource dataSource;
        private boolean migrate = true;
        private Duration lockTimeout = JdbcLedgerStore.DEFAULT_LOCK_TIMEOUT;
        private int debitBatch = JdbcLedgerStore.DEFAULT_DEBIT_BATCH;
        private int debitCalls = JdbcLedgerStore.DEFAULT_DEBIT_CALLS;
        private Clock clock = Clock.systemUTC();
        private Duration settingsCacheTtl = DEFAULT_SETTINGS_CACHE_TTL;
        private DraftSettings draftDefaults = DraftSettings.defaults();

        private Builder(DataSource dataSource) {
            this.dataSource = Checks.required(dataSource, "dataSource");
        }

        /** Whether to run the Flyway migrations on build (default {@code true}). */
        public Builder migrate(boolean value) {
            this.migrate = value;
            return this;
        }

        /** How long a ledger unit of work waits for a wallet another unit holds (default 10 s). */
        public Builder lockTimeout(Duration value) {
            this.lockTimeout = Checks.required(value, "lockTimeout");
            return this;
        }

        /**
         * Group commit of plain debits on PostgreSQL: debits that arrive together are appended by one call, at most
         * {@code maxDebits} a call (default {@value JdbcLedgerStore#DEFAULT_DEBIT_BATCH}, 1..1000; 1 turns grouping
         * off) with at most {@code maxCalls} calls at once (default {@value JdbcLedgerStore#DEFAULT_DEBIT_CALLS},
         * 1..64, each holding a connection). The ledger store checks the ranges when {@link #build()} creates it.
         */
        public Builder debitBatching(int maxDebits, int maxCalls) {
            this.debitBatch = maxDebits;
            this.debitCalls = maxCalls;
            return this;
        }

        /** The clock that times sync-lock leases and rate budgets (default {@link Clock#systemUTC()}). */
        public Builder clock(Clock value) {
            this.clock = Checks.required(value, "clock");
            return this;
        }

        /**
         * How long the settings stores reuse a seller's settings they read (default 5 s), so that hot paths do not
         * query the database each time. A write is visible at once through the instance that made it and within this
         * time through other application instances. {@link Duration#ZERO} reads every time.
         */
        public Builder settingsCacheTtl(Duration value) {
            Checks.required(value, "settingsCacheTtl");
            if (value.isNegative()) {
                throw new ru.agentiq.core.ValidationException("settingsCacheTtl must not be negative, was " + value);
            }
            this.settingsCacheTtl = value;
            return this;
        }

        /** What a seller without draft settings of its own gets (default {@link DraftSettings#defaults()}). */
        public Builder draftDefaults(DraftSettings value) {
            this.draftDefaults = Checks.required(value, "draftDefaults");
            return this;
        }

        public AgentIqJdbc build() {
            return new AgentIqJdbc(this);
        }
    }
}
