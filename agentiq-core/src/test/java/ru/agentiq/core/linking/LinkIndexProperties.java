package ru.agentiq.core.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.Marketplace;

/** Blocking must find exactly what comparing all pairs finds, however the index was filled. */
class LinkIndexProperties {

    @Property(tries = 300)
    void aFullBuildFindsExactlyTheCandidatesOfTheAllPairsBaseline(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 60) int size, @ForAll @IntRange(min = 1, max = 4) int threads) {
        RandomInteractions random = new RandomInteractions(seed);
        List<Interaction> interactions = random.interactions(size);
        LinkingConfig config = random.config();

        LinkIndex index = LinkIndex.build(RandomInteractions.SELLER, Marketplace.WB, config, interactions, threads);

        Map<InteractionId, List<LinkCandidate>> expected = new AllPairsLinker(config).linkAll(interactions);
        assertThat(index.size()).isEqualTo(interactions.size());
        expected.forEach((id, candidates) ->
                assertThat(index.candidates(id)).as("candidates of %s under %s", id, config).isEqualTo(candidates));
    }

    @Property(tries = 150)
    void addingOneAtATimeEndsWhereAFullBuildEndsAndReportsEveryChange(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 40) int size) {
        RandomInteractions random = new RandomInteractions(seed);
        List<Interaction> interactions = random.interactions(size);
        LinkingConfig config = random.config();
        LinkIndex index = LinkIndex.create(RandomInteractions.SELLER, Marketplace.WB, config);

        List<Interaction> added = new ArrayList<>();
        for (Interaction interaction : interactions) {
            Map<InteractionId, List<LinkCandidate>> before = snapshot(index, added);
            LinkUpdate update = index.upsert(interaction);
            added.add(interaction);

            Map<InteractionId, List<LinkCandidate>> after = new AllPairsLinker(config).linkAll(added);
            assertThat(update.changed().keySet().iterator().next()).isEqualTo(interaction.id());
            assertChangesReported(before, after, update, interaction.id());
            after.forEach((id, candidates) -> assertThat(index.candidates(id)).isEqualTo(candidates));
        }
    }

    @Property(tries = 150)
    void replacingInteractionsKeepsTheIndexEqualToTheBaseline(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int size, @ForAll @IntRange(min = 1, max = 20) int changes) {
        RandomInteractions random = new RandomInteractions(seed);
        List<Interaction> interactions = new ArrayList<>(random.interactions(size));
        LinkingConfig config = random.config();
        LinkIndex index = LinkIndex.build(RandomInteractions.SELLER, Marketplace.WB, config, interactions, 1);

        for (int i = 0; i < changes; i++) {
            int at = random.random().nextInt(interactions.size());
            Interaction changed = random.mutate(interactions.get(at));
            Map<InteractionId, List<LinkCandidate>> before = snapshot(index, interactions);
            interactions.set(at, changed);

            LinkUpdate update = index.upsert(changed);

            Map<InteractionId, List<LinkCandidate>> after = new AllPairsLinker(config).linkAll(interactions);
            assertChangesReported(before, after, update, changed.id());
            after.forEach((id, candidates) -> assertThat(index.candidates(id)).isEqualTo(candidates));
        }
        assertThat(index.size()).isEqualTo(interactions.size());
    }

    private static Map<InteractionId, List<LinkCandidate>> snapshot(LinkIndex index, List<Interaction> present) {
        Map<InteractionId, List<LinkCandidate>> snapshot = new HashMap<>();
        for (Interaction i : present) {
            snapshot.put(i.id(), index.candidates(i.id()));
        }
        return snapshot;
    }

    /** Every interaction whose list changed is reported with its new list; nothing unchanged is (but the subject). */
    private static void assertChangesReported(Map<InteractionId, List<LinkCandidate>> before,
            Map<InteractionId, List<LinkCandidate>> after, LinkUpdate update, InteractionId subject) {
        if (update.isEmpty()) {
            assertThat(after).isEqualTo(before);
            return;
        }
        assertThat(update.changed()).containsEntry(subject, after.get(subject));
        after.forEach((id, list) -> {
            if (id.equals(subject)) {
                return;
            }
            if (list.equals(before.get(id))) {
                assertThat(update.changed()).as("unchanged %s reported", id).doesNotContainKey(id);
            } else {
                assertThat(update.changed()).as("change of %s", id).containsEntry(id, list);
            }
        });
        assertThat(Collections.unmodifiableSet(update.changed().keySet())).isSubsetOf(after.keySet());
    }
}
