package ru.agentiq.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.interaction.Interactions.SELLER;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.demo.DemoData;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.Interactions;
import ru.agentiq.core.interaction.UpsertResult;
import ru.agentiq.core.memory.InMemoryInteractionRepository;

class IngestionServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final InMemoryInteractionRepository repository = new InMemoryInteractionRepository();
    private final IngestionService ingestion = new IngestionService(repository, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void ingestingTheSamePageTwiceStoresTwelveRowsAndCreatesNothingTheSecondTime() {
        IngestBatch page = IngestBatch.of(DemoData.interactions(SELLER, NOW));

        IngestStats first = ingestion.ingest(page);
        IngestStats second = ingestion.ingest(page);

        assertThat(first.fetched()).isEqualTo(12);
        assertThat(first.created()).isEqualTo(12);
        assertThat(second.fetched()).isEqualTo(12);
        assertThat(second.created()).isZero();
        assertThat(second.updatedOrUnchanged() + second.skipped()).isEqualTo(12);
        assertThat(second.unchanged()).isEqualTo(12);
        assertThat(second.touched()).isEmpty();
        assertThat(repository.count(SELLER)).isEqualTo(12);
    }

    @Test
    void countsChangedItemsAsUpdatedAndReportsThemAsTouched() {
        ingestion.ingest(IngestBatch.of(List.of(Interactions.review("r1").build(), Interactions.review("r2").build())));

        IngestStats stats = ingestion.ingest(IngestBatch.of(List.of(
                Interactions.review("r1").text("Поменял мнение").rating(2).build(),
                Interactions.review("r2").build())));

        assertThat(stats.updated()).isEqualTo(1);
        assertThat(stats.unchanged()).isEqualTo(1);
        assertThat(stats.touched()).hasSize(1);
    }

    @Test
    void reingestKeepsWhatAgentIqWroteOnTheInteraction() {
        Interaction stored = repository.upsert(Interactions.question("q1").build(), NOW).interaction();
        repository.update(stored.withData(b -> b.extraData(ExtraData.of("last_reply_text", "Подойдёт размер M",
                "last_reply_source", "agentiq", "wb_sync_state", "pending"))), NOW);

        ingestion.ingest(IngestBatch.of(List.of(Interactions.question("q1")
                .extraData(ExtraData.of("state", "suppliersPortalSynch")).build())));

        assertThat(repository.findByKey(stored.key()).orElseThrow().data().extraData().asMap())
                .containsEntry("state", "suppliersPortalSynch")
                .containsEntry("last_reply_text", "Подойдёт размер M")
                .containsEntry("last_reply_source", "agentiq")
                .containsEntry("wb_sync_state", "pending");
    }

    @Test
    void skipsItemsRepeatedWithinOneRunButCountsThemAsFetched() {
        InteractionData item = Interactions.review("r1").build();

        IngestStats stats = ingestion.ingest(IngestBatch.of(List.of(item, Interactions.review("r2").build(), item)));

        assertThat(stats.fetched()).isEqualTo(3);
        assertThat(stats.created()).isEqualTo(2);
        assertThat(stats.skipped()).isEqualTo(1);
        assertThat(stats.skippedItems()).containsExactly(new SkippedItem(2, "r1", "repeated within this run"));
    }

    @Test
    void countsRejectedItemsAsSkippedWithTheirReason() {
        IngestBatch batch = IngestBatch.builder()
                .add(Interactions.review("r1").build())
                .reject(null, "feedback has no id")
                .reject("r3", "productValuation must be 1..5, was 9")
                .build();

        IngestStats stats = ingestion.ingest(batch);

        assertThat(stats.fetched()).isEqualTo(3);
        assertThat(stats.created()).isEqualTo(1);
        assertThat(stats.skippedItems()).containsExactly(
                new SkippedItem(1, null, "feedback has no id"),
                new SkippedItem(2, "r3", "productValuation must be 1..5, was 9"));
    }

    @Test
    void tellsListenersAboutStoredItemsAndSurvivesAFailingOne() {
        List<UpsertResult> seen = new ArrayList<>();
        IngestionService withListeners = new IngestionService(repository, Clock.fixed(NOW, ZoneOffset.UTC), List.of(
                results -> {
                    throw new IllegalStateException("link refresh is down");
                },
                seen::addAll));

        IngestStats stats = withListeners.ingest(IngestBatch.of(List.of(Interactions.chat("c1").build())));

        assertThat(stats.created()).isEqualTo(1);
        assertThat(seen).singleElement().extracting(UpsertResult::outcome).isEqualTo(UpsertResult.Outcome.CREATED);
        assertThat(repository.find(InboxQuery.builder(SELLER).build()).items()).hasSize(1);
    }

    @Test
    void statsRejectAnInconsistentSum() {
        assertThatThrownBy(() -> new IngestStats(3, 1, 1, 0, 0, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fetched 3");
    }
}
