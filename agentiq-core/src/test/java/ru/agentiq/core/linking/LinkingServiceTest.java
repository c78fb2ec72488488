package ru.agentiq.core.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.agentiq.core.linking.Pairs.SELLER;
import static ru.agentiq.core.linking.Pairs.T0;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ingest.IngestBatch;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionKey;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.memory.InMemoryLinkCandidateStore;

class LinkingServiceTest {

    private final InMemoryInteractionRepository repository = new InMemoryInteractionRepository();
    private final InMemoryLinkCandidateStore store = new InMemoryLinkCandidateStore();
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final LinkingService linking = new LinkingService(repository, store, LinkingConfig.piloted(), clock);
    private final IngestionService ingestion = new IngestionService(repository, clock, List.of(linking));

    private Interaction find(Channel channel, String externalId) {
        return repository.findByKey(new InteractionKey(SELLER, Marketplace.WB, channel, externalId)).orElseThrow();
    }

    private void ingest(InteractionData... items) {
        IngestBatch.Builder batch = IngestBatch.builder();
        for (InteractionData item : items) {
            batch.add(item);
        }
        ingestion.ingest(batch.build());
    }

    @Test
    void linksWhatIngestionStoresAndRefreshesTheEarlierPartner() {
        ingest(InteractionData.builder(SELLER, Channel.REVIEW, "r1").orderId("o1").occurredAt(T0).build());
        Interaction review = find(Channel.REVIEW, "r1");
        assertThat(linking.links(SELLER, review.id())).hasValueSatisfying(l -> assertThat(l.candidates()).isEmpty());

        ingest(InteractionData.builder(SELLER, Channel.CHAT, "c1").orderId("o1").occurredAt(T0).build());

        Interaction chat = find(Channel.CHAT, "c1");
        assertThat(linking.links(SELLER, review.id()).orElseThrow().candidates())
                .extracting(LinkCandidate::interactionId).containsExactly(chat.id());
        assertThat(linking.links(SELLER, chat.id()).orElseThrow().candidates())
                .extracting(LinkCandidate::interactionId).containsExactly(review.id());
    }

    @Test
    void theFirstUseOfASellerLinksItsExistingHistory() {
        repository.upsert(InteractionData.builder(SELLER, Channel.REVIEW, "r1").customerId("b").build(), T0);
        repository.upsert(InteractionData.builder(SELLER, Channel.QUESTION, "q1").customerId("b").build(), T0);

        ingest(InteractionData.builder(SELLER, Channel.CHAT, "c1").customerId("b").build());

        assertThat(linking.links(SELLER, find(Channel.REVIEW, "r1").id()).orElseThrow().candidates()).hasSize(2);
        assertThat(linking.links(SELLER, find(Channel.QUESTION, "q1").id()).orElseThrow().candidates()).hasSize(2);
    }

    @Test
    void anUnchangedReingestLinksNothingAgain() {
        InteractionData review = InteractionData.builder(SELLER, Channel.REVIEW, "r1").orderId("o").build();
        ingest(review);
        ingest(InteractionData.builder(SELLER, Channel.CHAT, "c1").orderId("o").build());
        InteractionLinks before = linking.links(SELLER, find(Channel.REVIEW, "r1").id()).orElseThrow();

        ingest(review);

        assertThat(linking.links(SELLER, find(Channel.REVIEW, "r1").id())).contains(before);
    }
}
