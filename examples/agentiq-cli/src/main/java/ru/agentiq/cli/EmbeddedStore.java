package ru.agentiq.cli;

import java.time.Clock;
import java.time.ZoneId;
import ru.agentiq.billing.ledger.AdminWallets;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.LedgerStore;
import ru.agentiq.billing.memory.InMemoryLedgerStore;
import ru.agentiq.billing.memory.InMemoryPricingStore;
import ru.agentiq.billing.memory.InMemoryUsageEventStore;
import ru.agentiq.billing.policy.CreditPolicy;
import ru.agentiq.billing.pricing.PricingService;
import ru.agentiq.billing.pricing.PricingStore;
import ru.agentiq.billing.usage.UsageEventStore;
import ru.agentiq.billing.usage.UsageReports;
import ru.agentiq.core.demo.DemoSeeder;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;

/**
 * The store a CLI invocation works on when no database is configured: core's and billing's in-memory adapters, wired
 * once per process. The adapters are created here and nowhere else, so moving the embedded default to a database is
 * a change to this class only; commands use the services below.
 */
public final class EmbeddedStore {

    private final Clock clock;
    private final InteractionRepository interactions = new InMemoryInteractionRepository();
    private final InteractionEventStore events = new InMemoryInteractionEventStore();
    private final LedgerStore ledgerStore = new InMemoryLedgerStore();
    private final UsageEventStore usageEvents = new InMemoryUsageEventStore();
    private final PricingStore pricingStore = new InMemoryPricingStore();
    private final CreditPolicy creditPolicy = CreditPolicy.defaults();
    private final CreditLedger ledger;
    private final PricingService pricing;

    public EmbeddedStore(Clock clock) {
        this.clock = clock;
        this.ledger = new CreditLedger(ledgerStore, clock);
        this.pricing = new PricingService(pricingStore, clock);
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

    /** The credit ledger over the embedded wallet store. */
    public CreditLedger ledger() {
        return ledger;
    }

    /** Administrator grants and wallet views. */
    public AdminWallets adminWallets() {
        return new AdminWallets(ledger);
    }

    /** Enforcement switch and low-balance threshold (defaults: warn-only, below 5 credits is low). */
    public CreditPolicy creditPolicy() {
        return creditPolicy;
    }

    /** Model pricing, starting from the seed's table. */
    public PricingService pricing() {
        return pricing;
    }

    /** Where LLM call events are appended. */
    public UsageEventStore usageEvents() {
        return usageEvents;
    }

    /** Usage reports with calendar days in {@code zone}. */
    public UsageReports usageReports(ZoneId zone) {
        return new UsageReports(usageEvents, zone);
    }
}
