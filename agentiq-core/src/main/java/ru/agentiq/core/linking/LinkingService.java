package ru.agentiq.core.linking;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.ingest.IngestionListener;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.interaction.UpsertResult;
import ru.agentiq.core.internal.Checks;

/**
 * Keeps link candidates current: register it as an {@link IngestionListener} and every created or changed interaction
 * is linked as soon as it is stored, together with the reciprocal refresh of the interactions it affects; the changed
 * candidate lists go to the {@link LinkCandidateStore}.
 *
 * <p>It holds one in-memory {@link LinkIndex} per seller and marketplace (about 500 bytes per interaction). The first
 * time a seller is linked its index is built from the repository — a full recomputation, stored like one. When several
 * processes ingest into one database, each index only sees its own process's changes: run {@link #recompute} on a
 * schedule there. Thread-safe.
 */
public final class LinkingService implements IngestionListener {

    private static final Logger log = LoggerFactory.getLogger(LinkingService.class);

    private final LinkRecomputer recomputer;
    private final LinkCandidateStore store;
    private final Clock clock;
    private final Map<SellerId, Map<Marketplace, LinkIndex>> indexes = new ConcurrentHashMap<>();

    public LinkingService(InteractionRepository interactions, LinkCandidateStore store, LinkingConfig config,
            Clock clock) {
        this.store = Checks.required(store, "store");
        this.clock = Checks.required(clock, "clock");
        this.recomputer = new LinkRecomputer(interactions, store, config, clock);
    }

    /** Recomputes all of a seller's links and keeps the rebuilt index for the incremental updates that follow. */
    public RecomputeResult recompute(SellerId sellerId, RecomputeOptions options, RecomputeListener listener) {
        LinkRecomputer.Run run = recomputer.run(sellerId, options, listener);
        indexes.put(sellerId, new ConcurrentHashMap<>(run.indexes()));
        return run.result();
    }

    /**
     * Links one stored interaction (new or changed) and stores every candidate list that changed.
     *
     * @return what changed
     */
    public LinkUpdate link(Interaction interaction) {
        Checks.required(interaction, "interaction");
        LinkIndex index = indexFor(interaction.sellerId(), interaction.data().marketplace());
        LinkUpdate update = index.upsert(interaction);
        if (!update.isEmpty()) {
            Instant now = clock.instant();
            List<InteractionLinks> changed = new ArrayList<>(update.changed().size());
            update.changed().forEach((id, candidates) ->
                    changed.add(new InteractionLinks(interaction.sellerId(), id, candidates, now)));
            store.saveAll(interaction.sellerId(), changed);
        }
        return update;
    }

    /** Links every created or updated interaction of an ingest run; unchanged ones need nothing. */
    @Override
    public void afterIngest(List<UpsertResult> results) {
        for (UpsertResult result : results) {
            if (result.outcome() != UpsertResult.Outcome.UNCHANGED) {
                try {
                    link(result.interaction());
                } catch (RuntimeException e) {
                    log.warn("Linking interaction {} of seller {} failed; it keeps its previous candidates",
                            result.interaction().id(), result.interaction().sellerId(), e);
                }
            }
        }
    }

    /** The stored candidates of an interaction. */
    public Optional<InteractionLinks> links(SellerId sellerId, InteractionId interactionId) {
        return store.find(sellerId, interactionId);
    }

    private LinkIndex indexFor(SellerId sellerId, Marketplace marketplace) {
        Map<Marketplace, LinkIndex> forSeller = indexes.get(sellerId);
        LinkIndex index = forSeller == null ? null : forSeller.get(marketplace);
        if (index != null) {
            return index;
        }
        synchronized (this) {
            forSeller = indexes.get(sellerId);
            if (forSeller == null) {
                forSeller = new ConcurrentHashMap<>(recomputer.run(sellerId, RecomputeOptions.defaults(),
                        RecomputeListener.NONE).indexes());
                indexes.put(sellerId, forSeller);
            }
            return forSeller.computeIfAbsent(marketplace, m -> LinkIndex.create(sellerId, m, recomputerConfig()));
        }
    }

    private LinkingConfig recomputerConfig() {
        return recomputer.config();
    }
}
