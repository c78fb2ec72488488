package ru.agentiq.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.ingest.IngestBatch;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemoryCustomerProfileStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;

class CustomerProfileServiceTest {

    private static final SellerId SELLER = SellerId.of(5);
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final CustomerKey KEY = new CustomerKey(SELLER, Marketplace.WB, "b1");

    private final InMemoryInteractionRepository repository = new InMemoryInteractionRepository();
    private final InMemoryCustomerProfileStore store = new InMemoryCustomerProfileStore();
    private final CustomerProfileService profiles = new CustomerProfileService(repository, store,
            Clock.fixed(T0, ZoneOffset.UTC));
    private final IngestionService ingestion = new IngestionService(repository, Clock.fixed(T0, ZoneOffset.UTC),
            List.of(profiles));

    private void ingest(InteractionData... items) {
        IngestBatch.Builder batch = IngestBatch.builder();
        for (InteractionData item : items) {
            batch.add(item);
        }
        ingestion.ingest(batch.build());
    }

    private static InteractionData review(String id, String customer, int rating) {
        return InteractionData.builder(SELLER, Channel.REVIEW, id).customerId(customer).rating(rating).occurredAt(T0)
                .build();
    }

    @Test
    void countsEachNewlyCreatedInteractionOnceAndUpdatesNoOne() {
        ingest(review("r1", "b1", 2), review("r2", "b1", 4));
        ingest(review("r1", "b1", 2), review("r2", "b1", 5));

        CustomerProfile p = store.find(KEY).orElseThrow();
        assertThat(p.totalInteractions()).isEqualTo(2);
        assertThat(p.averageRating()).hasValue(3.0);
    }

    @Test
    void neverStoresAnonymousBuyers() {
        ingest(InteractionData.builder(SELLER, Channel.REVIEW, "r1").rating(1).build());

        Interaction stored = repository.findAfter(SELLER, null, 10).get(0);
        assertThat(profiles.profileFor(stored).isAnonymous()).isTrue();
        assertThatThrownBy(() -> store.save(profiles.profileFor(stored))).isInstanceOf(ValidationException.class)
                .hasMessage("anonymous profiles are never stored");
    }

    @Test
    void aMissingProfileIsRebuiltFromHistoryAndStored() {
        repository.upsert(review("r1", "b1", 1), T0);
        repository.upsert(review("r2", "b1", 1), T0);
        repository.upsert(review("r3", "b1", 2), T0);
        Interaction chat = repository.upsert(InteractionData.builder(SELLER, Channel.CHAT, "c1").customerId("b1")
                .build(), T0).interaction();

        assertThat(profiles.draftContext(chat)).isEqualTo(
                "Клиент. Обращений: 4. Средний рейтинг: 1.3. Тренд: стабильный. (повторные жалобы).");
        assertThat(store.find(KEY)).isPresent();
    }

    @Test
    void anUpdateMustKeepTheKey() {
        assertThatThrownBy(() -> store.update(KEY, p -> CustomerProfile.empty(new CustomerKey(SELLER, Marketplace.WB,
                "other"), T0))).isInstanceOf(ValidationException.class).hasMessageContaining("must keep its key");
    }
}
