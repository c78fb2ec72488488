package ru.agentiq.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.agentiq.core.interaction.Interactions.SELLER;
import static ru.agentiq.core.interaction.Interactions.T0;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.guardrails.GuardrailsConfigSource;
import ru.agentiq.core.guardrails.SellerGuardrails;
import ru.agentiq.core.ingest.IngestBatch;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.Interactions;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.memory.InMemoryReplyAttemptStore;
import ru.agentiq.core.memory.InMemoryResponseHistoryStore;
import ru.agentiq.core.reply.Delivery;
import ru.agentiq.core.reply.ReplyDispatcher;
import ru.agentiq.core.reply.ReplyRequest;
import ru.agentiq.core.reply.ReplyService;

class ResponseHistoryRecorderTest {

    static final Instant NOW = T0.plusSeconds(3600);

    final InMemoryInteractionRepository repository = new InMemoryInteractionRepository();
    final InMemoryResponseHistoryStore store = new InMemoryResponseHistoryStore();
    final ResponseHistoryRecorder recorder = new ResponseHistoryRecorder(store);
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    static final class Accepting implements ReplyDispatcher {
        @Override
        public Set<Channel> channels() {
            return EnumSet.allOf(Channel.class);
        }

        @Override
        public void send(ReplyRequest request) {
        }

        @Override
        public Delivery verify(ReplyRequest request) {
            return Delivery.ABSENT;
        }
    }

    ReplyService replies() {
        return new ReplyService(repository, new InMemoryInteractionEventStore(), new Accepting(),
                new SellerGuardrails(GuardrailsConfigSource.fixed(ru.agentiq.core.guardrails.GuardrailsConfig
                        .defaults())), new InMemoryReplyAttemptStore(), clock, recorder);
    }

    Interaction stored(InteractionData data) {
        return repository.upsert(data, T0).interaction();
    }

    @Nested
    class FromSentReplies {

        @Test
        void recordsTheReplyWithTheInteractionsProductIntentAndTheSendTime() {
            Interaction question = stored(Interactions.question("q-1").nmId("100").productArticle("ART")
                    .extraData(ExtraData.of("question_intent", "sizing_fit")).build());

            replies().reply(SELLER, question.id(), "Рекомендуем ваш обычный размер", "k1");

            ResponseRecord record = store.find(SELLER, question.id()).orElseThrow();
            assertThat(record.text()).isEqualTo("Рекомендуем ваш обычный размер");
            assertThat(record.intent()).isEqualTo("sizing_fit");
            assertThat(record.nmId()).isEqualTo("100");
            assertThat(record.productArticle()).isEqualTo("ART");
            assertThat(record.channel()).isEqualTo(Channel.QUESTION);
            assertThat(record.repliedAt()).isEqualTo(NOW);
        }

        @Test
        void skipsAnInteractionWithoutAProduct() {
            Interaction chat = stored(Interactions.chat("c-1").build());

            replies().reply(SELLER, chat.id(), "Заказ уже в пути", "k1");

            assertThat(store.find(SELLER, chat.id())).isEmpty();
        }

        @Test
        void aDraftGroundsOnTheRecordedReply() {
            Interaction answered = stored(Interactions.question("q-1").nmId("100")
                    .extraData(ExtraData.of("question_intent", "sizing_fit")).build());
            replies().reply(SELLER, answered.id(), "Маломерит, берите на размер больше", "k1");
            Interaction next = stored(Interactions.question("q-2").nmId("100")
                    .extraData(ExtraData.of("question_intent", "sizing_fit")).build());

            var recall = new ResponseHistoryMemory(store).recall(SELLER, "100", "sizing_fit", next.id(), 3, 3);

            assertThat(recall.pastReplies()).containsExactly("Маломерит, берите на размер больше");
        }
    }

    @Nested
    class FromIngestion {

        IngestionService ingestion() {
            return new IngestionService(repository, clock, List.of(recorder));
        }

        @Test
        void recordsAnAnswerGivenInTheMarketplaceWithItsTime() {
            Instant answeredAt = T0.plusSeconds(120);
            InteractionData answered = Interactions.review("fb-1").nmId("100").needsResponse(false)
                    .extraData(ExtraData.of("last_reply_text", "Спасибо за отзыв!", "last_reply_at",
                            answeredAt.toString()))
                    .build();

            ingestion().ingest(IngestBatch.of(List.of(answered)));

            Interaction stored = repository.findByKey(answered.key()).orElseThrow();
            ResponseRecord record = store.find(SELLER, stored.id()).orElseThrow();
            assertThat(record.text()).isEqualTo("Спасибо за отзыв!");
            assertThat(record.repliedAt()).isEqualTo(answeredAt);
        }

        @Test
        void ignoresUnansweredInteractionsAndOnesWithoutAProduct() {
            InteractionData open = Interactions.review("fb-1").nmId("100").build();
            InteractionData noProduct = Interactions.chat("c-1")
                    .extraData(ExtraData.of("last_reply_text", "Добрый день")).build();

            ingestion().ingest(IngestBatch.of(List.of(open, noProduct)));

            assertThat(store.recent(SELLER, ProductRef.nmId("100"), null, 10)).isEmpty();
            assertThat(store.find(SELLER, repository.findByKey(noProduct.key()).orElseThrow().id())).isEmpty();
        }
    }
}
