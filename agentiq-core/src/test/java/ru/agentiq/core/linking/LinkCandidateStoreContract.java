package ru.agentiq.core.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.interaction.Interactions.OTHER_SELLER;
import static ru.agentiq.core.interaction.Interactions.SELLER;
import static ru.agentiq.core.interaction.Interactions.T0;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;

/** Conformance kit for {@link LinkCandidateStore}; every implementation extends it. */
public abstract class LinkCandidateStoreContract {

    protected LinkCandidateStore store;

    protected abstract LinkCandidateStore newStore();

    /** An interaction of {@code seller} that links may point at and from (JDBC stores need the row). */
    protected abstract InteractionId existingInteraction(SellerId seller, String externalId);

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    static LinkCandidate deterministic(InteractionId target) {
        return new LinkCandidate(target, Channel.CHAT, "chat-" + target, new LinkScore(0.99, LinkType.DETERMINISTIC,
                ConfidenceBand.HIGH, ActionDecision.DETERMINISTIC_AUTO_ALLOWED,
                List.of(LinkSignal.ORDER_ID_EXACT, LinkSignal.NM_ID_EXACT),
                List.of(new Contribution("order_id_exact", 0.88), new Contribution("nm_id_exact", 0.34),
                        new Contribution(Contribution.CONFIDENCE_CAP, -0.23)),
                "Совпадает номер заказа"));
    }

    static LinkCandidate probabilistic(InteractionId target) {
        return new LinkCandidate(target, Channel.QUESTION, "q-" + target, new LinkScore(0.6, LinkType.PROBABILISTIC,
                ConfidenceBand.ANALYTICS_ONLY, ActionDecision.PROBABILISTIC_ASSIST_ONLY,
                List.of(LinkSignal.NM_ID_EXACT), List.of(new Contribution("nm_id_exact", 0.6)),
                "Тот же товар"));
    }

    @Test
    void storesAndReadsBackEveryFieldOfEveryCandidate() {
        InteractionId source = existingInteraction(SELLER, "r1");
        InteractionId a = existingInteraction(SELLER, "c1");
        InteractionId b = existingInteraction(SELLER, "q1");
        InteractionLinks links = new InteractionLinks(SELLER, source, List.of(deterministic(a), probabilistic(b)), T0);

        store.saveAll(SELLER, List.of(links));

        assertThat(store.find(SELLER, source)).contains(links);
    }

    @Test
    void aSaveReplacesTheCandidatesOfThatInteractionOnly() {
        InteractionId source = existingInteraction(SELLER, "r1");
        InteractionId other = existingInteraction(SELLER, "r2");
        InteractionId a = existingInteraction(SELLER, "c1");
        store.saveAll(SELLER, List.of(new InteractionLinks(SELLER, source, List.of(deterministic(a)), T0),
                new InteractionLinks(SELLER, other, List.of(deterministic(a)), T0)));

        InteractionLinks replaced = new InteractionLinks(SELLER, source, List.of(probabilistic(a)), T0.plusSeconds(5));
        store.save(replaced);

        assertThat(store.find(SELLER, source)).contains(replaced);
        assertThat(store.find(SELLER, other).orElseThrow().candidates()).containsExactly(deterministic(a));
    }

    @Test
    void anEmptyCandidateListIsStoredAsSuch() {
        InteractionId source = existingInteraction(SELLER, "r1");

        store.save(new InteractionLinks(SELLER, source, List.of(), T0));

        assertThat(store.find(SELLER, source)).hasValueSatisfying(l -> assertThat(l.candidates()).isEmpty());
    }

    @Test
    void neverShowsAnotherSellersLinks() {
        InteractionId source = existingInteraction(SELLER, "r1");
        InteractionId a = existingInteraction(SELLER, "c1");
        store.save(new InteractionLinks(SELLER, source, List.of(deterministic(a)), T0));

        assertThat(store.find(OTHER_SELLER, source)).isEmpty();
    }

    @Test
    void refusesAnEntryOfAnotherSeller() {
        InteractionId theirs = existingInteraction(OTHER_SELLER, "r9");

        assertThatThrownBy(() -> store.saveAll(SELLER, List.of(new InteractionLinks(OTHER_SELLER, theirs, List.of(),
                T0)))).isInstanceOf(ValidationException.class);
        assertThat(store.find(OTHER_SELLER, theirs)).isEmpty();
    }

    @Test
    void findsNothingForAnInteractionNeverLinked() {
        assertThat(store.find(SELLER, existingInteraction(SELLER, "r1"))).isEmpty();
    }
}
