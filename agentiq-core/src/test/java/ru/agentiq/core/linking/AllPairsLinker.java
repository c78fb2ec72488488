package ru.agentiq.core.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionId;

/**
 * The reference implementation of {@link LinkIndex}'s specification, written the obvious way: every interaction is
 * compared with every other one (O(N²)). Tests check the index against it; the benchmarks use it as the baseline.
 */
public final class AllPairsLinker {

    private final LinkingConfig config;
    private final LinkScorer scorer;

    public AllPairsLinker(LinkingConfig config) {
        this.config = config;
        this.scorer = new LinkScorer(config);
    }

    /** Candidates of every interaction of {@code interactions} (one seller and marketplace), by id. */
    public Map<InteractionId, List<LinkCandidate>> linkAll(List<Interaction> interactions) {
        List<LinkFeatures> all = interactions.stream().map(LinkFeatures::of).toList();
        Map<InteractionId, List<LinkCandidate>> result = new LinkedHashMap<>();
        for (LinkFeatures a : all) {
            result.put(a.interactionId(), link(a, all));
        }
        return result;
    }

    private List<LinkCandidate> link(LinkFeatures a, List<LinkFeatures> all) {
        List<List<LinkFeatures>> eligible = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            eligible.add(new ArrayList<>());
        }
        List<BiPredicate<LinkFeatures, LinkFeatures>> sameBlock = List.of(
                (x, y) -> x.orderId() != null && x.orderId().equals(y.orderId()),
                (x, y) -> x.customerId() != null && x.customerId().equals(y.customerId()),
                (x, y) -> x.nmId() != null && x.nmId().equals(y.nmId()),
                (x, y) -> x.productArticle() != null && x.productArticle().equals(y.productArticle()),
                (x, y) -> x.nmId() != null && x.name() != null && x.nmId().equals(y.nmId())
                        && x.name().equals(y.name()));
        long window = config.productWindow().toMillis();
        for (LinkFeatures c : all) {
            if (c == a || c.channel() == a.channel()) {
                continue;
            }
            long gap = a.gapMillis(c);
            for (int k = 0; k < 5; k++) {
                boolean product = k >= 2;
                if (sameBlock.get(k).test(a, c) && (!product || gap <= window)) {
                    eligible.get(k).add(c);
                }
            }
        }
        Comparator<LinkFeatures> proximity = Comparator.<LinkFeatures>comparingLong(a::gapMillis)
                .thenComparing(Comparator.comparingLong((LinkFeatures c) -> c.interactionId().value()).reversed());
        Set<LinkFeatures> pool = new LinkedHashSet<>();
        for (List<LinkFeatures> block : eligible) {
            block.stream().sorted(proximity).limit(config.blockNeighbours()).forEach(pool::add);
        }
        record Scored(LinkFeatures c, LinkScore score, long gap) {
        }
        int drop = config.dropThresholdMillis();
        return pool.stream()
                .map(c -> new Scored(c, scorer.score(a, c), a.gapMillis(c)))
                .filter(s -> Math.round(s.score().confidence() * 1000) >= drop)
                .sorted(Comparator.comparingDouble((Scored s) -> s.score().confidence()).reversed()
                        .thenComparingLong(Scored::gap)
                        .thenComparing(Comparator.comparingLong((Scored s) -> s.c().interactionId().value())
                                .reversed()))
                .limit(config.maxCandidates())
                .map(s -> new LinkCandidate(s.c().interactionId(), s.c().channel(), s.c().externalId(), s.score()))
                .toList();
    }

    @Override
    public String toString() {
        return "AllPairsLinker{" + Objects.toString(config) + '}';
    }
}
