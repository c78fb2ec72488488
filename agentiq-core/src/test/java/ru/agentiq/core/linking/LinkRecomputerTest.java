package ru.agentiq.core.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.linking.Pairs.SELLER;
import static ru.agentiq.core.linking.Pairs.T0;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.linking.RecomputeProgress.Phase;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.memory.InMemoryLinkCandidateStore;

class LinkRecomputerTest {

    private final InMemoryInteractionRepository repository = new InMemoryInteractionRepository();
    private final InMemoryLinkCandidateStore store = new InMemoryLinkCandidateStore();
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final LinkRecomputer recomputer = new LinkRecomputer(repository, store, LinkingConfig.piloted(), clock);

    private List<Interaction> seed(int count) {
        RandomInteractions random = new RandomInteractions(11);
        List<Interaction> stored = new ArrayList<>();
        for (Interaction i : random.interactions(count)) {
            stored.add(repository.upsert(i.data().toBuilder().sellerId(SELLER).build(), T0).interaction());
        }
        return stored;
    }

    @Test
    void storesTheSameCandidatesAsTheAllPairsBaselineForEveryInteraction() {
        List<Interaction> stored = seed(120);

        RecomputeResult result = recomputer.recompute(SELLER, new RecomputeOptions(25, 2), RecomputeListener.NONE);

        Map<InteractionId, List<LinkCandidate>> expected = new AllPairsLinker(LinkingConfig.piloted()).linkAll(stored);
        assertThat(result.interactions()).isEqualTo(120);
        assertThat(result.batches()).isEqualTo(5);
        assertThat(store.count(SELLER)).isEqualTo(120);
        expected.forEach((id, candidates) -> {
            InteractionLinks links = store.find(SELLER, id).orElseThrow();
            assertThat(links.candidates()).isEqualTo(candidates);
            assertThat(links.updatedAt()).isEqualTo(T0);
        });
        assertThat(result.linked()).isEqualTo(expected.values().stream().filter(l -> !l.isEmpty()).count());
        assertThat(result.candidates()).isEqualTo(expected.values().stream().mapToLong(List::size).sum());
    }

    @Test
    void reportsLoadingThenLinkingProgressAfterEveryPageAndBatch() {
        seed(50);
        List<RecomputeProgress> reports = new ArrayList<>();

        recomputer.recompute(SELLER, new RecomputeOptions(20, 1), reports::add);

        assertThat(reports).extracting(RecomputeProgress::phase).containsExactly(Phase.LOADING, Phase.LOADING,
                Phase.LOADING, Phase.LINKING, Phase.LINKING, Phase.LINKING);
        assertThat(reports).extracting(RecomputeProgress::done).containsExactly(20L, 40L, 50L, 20L, 40L, 50L);
        assertThat(reports).extracting(RecomputeProgress::total).containsOnly(50L);
    }

    @Test
    void aSellerWithoutInteractionsIsDoneAtOnce() {
        RecomputeResult result = recomputer.recompute(SellerId.of(77));

        assertThat(result.interactions()).isZero();
        assertThat(result.batches()).isZero();
    }

    @Test
    void anInterruptedRunStopsBetweenBatchesKeepingWhatItStored() {
        seed(60);
        List<RecomputeProgress> reports = new ArrayList<>();

        try {
            assertThatThrownBy(() -> recomputer.recompute(SELLER, new RecomputeOptions(20, 1), progress -> {
                reports.add(progress);
                if (progress.phase() == Phase.LINKING) {
                    Thread.currentThread().interrupt();
                }
            })).isInstanceOf(LinkRecomputeCancelledException.class).hasMessageContaining("after 20 interactions");
        } finally {
            Thread.interrupted();
        }
        assertThat(store.count(SELLER)).isEqualTo(20);
    }
}
