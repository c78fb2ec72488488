package ru.agentiq.core.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.agentiq.core.interaction.Interactions.OTHER_SELLER;
import static ru.agentiq.core.interaction.Interactions.SELLER;
import static ru.agentiq.core.interaction.Interactions.T0;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conformance kit for {@link InteractionEventStore}; every implementation extends it. */
public abstract class InteractionEventStoreContract {

    protected InteractionEventStore store;

    protected abstract InteractionEventStore newStore();

    /** An interaction of {@code seller} the events can point at (JDBC stores need the row to exist). */
    protected abstract InteractionId existingInteraction(SellerId seller, String externalId);

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void appendsWithIncreasingIdsAndReadsBackPerInteractionInOrder() {
        InteractionId id = existingInteraction(SELLER, "r1");
        InteractionEvent first = store.append(SELLER, id, Channel.REVIEW, InteractionEventType.DRAFT_GENERATED,
                ExtraData.of("source", "llm", "force_regenerate", false), T0);
        InteractionEvent second = store.append(SELLER, id, Channel.REVIEW, InteractionEventType.REPLY_SENT,
                ExtraData.of("text_len", 42), T0.plusSeconds(5));

        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(store.forInteraction(SELLER, id)).containsExactly(first, second);
        assertThat(first.details().getString("source")).contains("llm");
    }

    @Test
    void keepsSellersApart() {
        InteractionId mine = existingInteraction(SELLER, "r1");
        store.append(SELLER, mine, Channel.REVIEW, InteractionEventType.REPLY_SENT, ExtraData.EMPTY, T0);

        assertThat(store.forInteraction(OTHER_SELLER, mine)).isEmpty();
        assertThat(store.forSeller(OTHER_SELLER, T0.minusSeconds(1), T0.plusSeconds(1), Set.of())).isEmpty();
    }

    @Test
    void listsASellersEventsInAHalfOpenWindowFilteredByType() {
        InteractionId id = existingInteraction(SELLER, "q1");
        store.append(SELLER, id, Channel.QUESTION, InteractionEventType.DRAFT_GENERATED, ExtraData.EMPTY, T0);
        InteractionEvent sent = store.append(SELLER, id, Channel.QUESTION, InteractionEventType.REPLY_SENT,
                ExtraData.EMPTY, T0.plusSeconds(10));
        store.append(SELLER, id, Channel.QUESTION, InteractionEventType.REPLY_SENT, ExtraData.EMPTY,
                T0.plusSeconds(20));

        assertThat(store.forSeller(SELLER, T0, T0.plusSeconds(20), Set.of(InteractionEventType.REPLY_SENT)))
                .containsExactly(sent);
        assertThat(store.forSeller(SELLER, T0, T0.plusSeconds(21), Set.of())).hasSize(3);
    }
}
