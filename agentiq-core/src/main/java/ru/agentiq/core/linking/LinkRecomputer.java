package ru.agentiq.core.linking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import ru.agentiq.core.interaction.InboxPage;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.linking.RecomputeProgress.Phase;

/**
 * Recomputes every link candidate of a seller from scratch (the seed's {@code POST /links/recompute}): reads the
 * seller's interactions page by page, builds a {@link LinkIndex} per marketplace, then links and stores them batch by
 * batch, reporting progress after every page and batch. Use it after changing the {@link LinkingConfig}, after a bulk
 * import, or periodically to repair drift; day-to-day updates are incremental ({@link LinkingService}).
 *
 * <p>Cost: O(N log N) time; memory for the interactions plus roughly 500 bytes per interaction for the index. A
 * million interactions link in seconds on two cores (see BENCHMARKS.md). Thread-safe; runs for different sellers
 * may proceed in parallel.
 */
public final class LinkRecomputer {

    private final InteractionRepository interactions;
    private final LinkCandidateStore store;
    private final LinkingConfig config;
    private final Clock clock;

    public LinkRecomputer(InteractionRepository interactions, LinkCandidateStore store, LinkingConfig config,
            Clock clock) {
        this.interactions = Checks.required(interactions, "interactions");
        this.store = Checks.required(store, "store");
        this.config = Checks.required(config, "config");
        this.clock = Checks.required(clock, "clock");
    }

    public LinkingConfig config() {
        return config;
    }

    /** Recomputes with {@link RecomputeOptions#defaults()} and no progress reports. */
    public RecomputeResult recompute(SellerId sellerId) {
        return recompute(sellerId, RecomputeOptions.defaults(), RecomputeListener.NONE);
    }

    /**
     * Recomputes and stores the candidates of every interaction of {@code sellerId}.
     *
     * @throws LinkRecomputeCancelledException when the calling thread is interrupted; stored batches stay stored
     */
    public RecomputeResult recompute(SellerId sellerId, RecomputeOptions options, RecomputeListener listener) {
        return run(sellerId, options, listener).result();
    }

    /** A run's result and the indexes it built, for callers that keep linking incrementally afterwards. */
    record Run(RecomputeResult result, Map<Marketplace, LinkIndex> indexes) {
    }

    Run run(SellerId sellerId, RecomputeOptions options, RecomputeListener listener) {
        Checks.required(sellerId, "sellerId");
        Checks.required(options, "options");
        Checks.required(listener, "listener");
        Instant started = clock.instant();
        long total = count(sellerId);

        Map<Marketplace, List<Interaction>> byMarketplace = new EnumMap<>(Marketplace.class);
        long loaded = 0;
        InteractionId after = null;
        while (true) {
            checkInterrupted(sellerId, 0);
            List<Interaction> page = interactions.findAfter(sellerId, after, options.batchSize());
            for (Interaction interaction : page) {
                byMarketplace.computeIfAbsent(interaction.data().marketplace(), m -> new ArrayList<>())
                        .add(interaction);
            }
            loaded += page.size();
            listener.onProgress(new RecomputeProgress(sellerId, Phase.LOADING, loaded, Math.max(total, -1),
                    elapsed(started)));
            if (page.size() < options.batchSize()) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }

        ForkJoinPool pool = options.parallelism() > 1 ? new ForkJoinPool(options.parallelism()) : null;
        Map<Marketplace, LinkIndex> indexes = new EnumMap<>(Marketplace.class);
        long stored = 0;
        long linked = 0;
        long candidates = 0;
        int batches = 0;
        try {
            for (Map.Entry<Marketplace, List<Interaction>> entry : byMarketplace.entrySet()) {
                LinkIndex index = LinkIndex.create(sellerId, entry.getKey(), config);
                indexes.put(entry.getKey(), index);
                synchronized (index) {
                    index.bulkLoad(entry.getValue(), pool);
                    int rows = index.rowCount();
                    for (int from = 0; from < rows; from += options.batchSize()) {
                        checkInterrupted(sellerId, stored);
                        int to = Math.min(rows, from + options.batchSize());
                        index.linkRows(from, to, pool);
                        Instant now = clock.instant();
                        List<InteractionLinks> batch = new ArrayList<>(to - from);
                        for (int row = from; row < to; row++) {
                            List<LinkCandidate> list = index.rowCandidates(row);
                            batch.add(new InteractionLinks(sellerId, index.rowId(row), list, now));
                            linked += list.isEmpty() ? 0 : 1;
                            candidates += list.size();
                        }
                        store.saveAll(sellerId, batch);
                        stored += batch.size();
                        batches++;
                        listener.onProgress(new RecomputeProgress(sellerId, Phase.LINKING, stored, loaded,
                                elapsed(started)));
                    }
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        return new Run(new RecomputeResult(sellerId, stored, linked, candidates, batches, elapsed(started)),
                indexes);
    }

    private long count(SellerId sellerId) {
        InboxPage page = interactions.find(InboxQuery.builder(sellerId).pageSize(1).includeTotal(true).build());
        return page.total().orElse(-1);
    }

    private Duration elapsed(Instant started) {
        Duration d = Duration.between(started, clock.instant());
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static void checkInterrupted(SellerId sellerId, long stored) {
        if (Thread.currentThread().isInterrupted()) {
            throw new LinkRecomputeCancelledException(sellerId, stored);
        }
    }
}
