package ru.agentiq.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import ru.agentiq.core.draft.Draft;
import ru.agentiq.core.draft.DraftListener;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.ops.SyncRun;
import ru.agentiq.core.ops.SyncRunRecorder;

/**
 * AgentIQ's Micrometer meters for sync runs and drafts. Tags are low-cardinality on purpose: scope, outcome, source —
 * never the seller, whose number is unbounded.
 *
 * <ul>
 *   <li>{@value #SYNC_RUNS} (counter; {@code scope}, {@code outcome} = success|error) and {@value #SYNC_DURATION}
 *       (timer; {@code scope})</li>
 *   <li>{@value #SYNC_FETCHED} (counter; {@code scope}): raw items received from the marketplace</li>
 *   <li>{@value #SYNC_ERRORS} (counter; {@code scope})</li>
 *   <li>{@value #SYNC_RATE_LIMITED} (counter; {@code scope}): runs the marketplace throttled, i.e. that waited</li>
 *   <li>{@value #DRAFTS} (counter; {@code source} = llm|fallback|cache|cached, {@code used_fallback})</li>
 * </ul>
 * Ledger debits are counted by {@link LedgerMeters} when agentiq-billing is present.
 */
public final class AgentIqMeters implements SyncRunRecorder, DraftListener {

    public static final String SYNC_RUNS = "agentiq.sync.runs";
    public static final String SYNC_DURATION = "agentiq.sync.duration";
    public static final String SYNC_FETCHED = "agentiq.sync.fetched";
    public static final String SYNC_ERRORS = "agentiq.sync.errors";
    public static final String SYNC_RATE_LIMITED = "agentiq.sync.rate.limited";
    public static final String DRAFTS = "agentiq.drafts";

    private final MeterRegistry registry;

    public AgentIqMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void record(SyncRun run) {
        String scope = run.scope().wire();
        Counter.builder(SYNC_RUNS).description("Finished sync runs").tag("scope", scope)
                .tag("outcome", run.hasErrors() ? "error" : "success").register(registry).increment();
        Timer.builder(SYNC_DURATION).description("Wall time of sync runs").tag("scope", scope).register(registry)
                .record(Duration.between(run.startedAt(), run.finishedAt()));
        Counter.builder(SYNC_FETCHED).description("Raw items received from the marketplace").tag("scope", scope)
                .register(registry).increment(run.fetched());
        Counter.builder(SYNC_ERRORS).description("Errors during sync runs").tag("scope", scope).register(registry)
                .increment(run.errors());
        if (run.rateLimited()) {
            Counter.builder(SYNC_RATE_LIMITED).description("Sync runs the marketplace throttled")
                    .tag("scope", scope).register(registry).increment();
        }
    }

    @Override
    public void onDraft(SellerId sellerId, Draft draft) {
        Counter.builder(DRAFTS).description("Drafts handed out, by source").tag("source", draft.source().wire())
                .tag("used_fallback", Boolean.toString(draft.usedFallback())).register(registry).increment();
    }
}
