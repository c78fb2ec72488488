package ru.agentiq.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import ru.agentiq.core.draft.ProductMemory;
import ru.agentiq.core.history.ProductRef;
import ru.agentiq.core.history.ResponseHistoryMemory;
import ru.agentiq.core.history.ResponseHistoryRecorder;
import ru.agentiq.core.history.ResponseHistoryStore;
import ru.agentiq.core.ingest.IngestBatch;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemoryMetricFactStore;
import ru.agentiq.core.memory.InMemoryResponseHistoryStore;
import ru.agentiq.core.metrics.CommunicationFacts;
import ru.agentiq.core.metrics.MetricFactQuery;
import ru.agentiq.core.metrics.MetricFactStore;
import ru.agentiq.core.reply.ReplyService;
import ru.agentiq.jdbc.history.JdbcResponseHistoryStore;
import ru.agentiq.jdbc.metrics.JdbcMetricFactStore;

/** Response history and metric facts: persisted with a DataSource, in memory without; replies feed the history. */
class AgentIqHistoryAutoConfigurationTest {

    static final SellerId SELLER = SellerId.of(5);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AgentIqJdbcAutoConfiguration.class,
                    AgentIqWbAutoConfiguration.class, AgentIqAutoConfiguration.class,
                    AgentIqBillingAutoConfiguration.class));

    private final ApplicationContextRunner withDataSource = runner
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:history-" + java.util.UUID.randomUUID() + ";MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");

    static Interaction question(InteractionRepository interactions, String externalId) {
        return interactions.upsert(InteractionData.builder(SELLER, Channel.QUESTION, externalId).nmId("777")
                .text("Какой размер взять?").occurredAt(Instant.now().minusSeconds(600))
                .extraData(ExtraData.of("question_intent", "sizing_fit")).build(), Instant.now()).interaction();
    }

    @Nested
    class WithoutADataSource {

        @Test
        void keepsHistoryAndFactsInMemoryAndDraftsKeepScanningTheRepository() {
            runner.run(context -> {
                assertThat(context.getBean(ResponseHistoryStore.class))
                        .isInstanceOf(InMemoryResponseHistoryStore.class);
                assertThat(context.getBean(MetricFactStore.class)).isInstanceOf(InMemoryMetricFactStore.class);
                assertThat(context.getBean(ProductMemory.class)).isInstanceOf(ProductMemory.Scanning.class);
                assertThat(context).hasSingleBean(ResponseHistoryRecorder.class)
                        .hasSingleBean(CommunicationFacts.class);
            });
        }

        @Test
        void aSentReplyIsRecordedInTheHistory() {
            runner.run(context -> {
                Interaction q = question(context.getBean(InteractionRepository.class), "q-1");

                context.getBean(ReplyService.class).reply(SELLER, q.id(), "Берите ваш обычный размер");

                assertThat(context.getBean(ResponseHistoryStore.class).find(SELLER, q.id()))
                        .hasValueSatisfying(r -> assertThat(r.text()).isEqualTo("Берите ваш обычный размер"));
            });
        }

        @Test
        void anApplicationsOwnProductMemoryWins() {
            ProductMemory own = (seller, nmId, intent, exclude, replies, intents) -> ProductMemory.Recall.EMPTY;
            runner.withBean(ProductMemory.class, () -> own)
                    .run(context -> assertThat(context.getBean(ProductMemory.class)).isSameAs(own));
        }
    }

    @Nested
    class WithADataSource {

        @Test
        void persistsHistoryAndFactsAndDraftsGroundOnThePersistedHistory() {
            withDataSource.run(context -> {
                assertThat(context.getBean(ResponseHistoryStore.class))
                        .isInstanceOf(JdbcResponseHistoryStore.class);
                assertThat(context.getBean(MetricFactStore.class)).isInstanceOf(JdbcMetricFactStore.class);
                assertThat(context.getBean(ProductMemory.class)).isInstanceOf(ResponseHistoryMemory.class);
            });
        }

        @Test
        void aSentReplyReachesTheNextDraftsRecallThroughTheDatabase() {
            withDataSource.run(context -> {
                assertThat(context.getBean(ResponseHistoryStore.class))
                        .isInstanceOf(JdbcResponseHistoryStore.class);
                InteractionRepository interactions = context.getBean(InteractionRepository.class);
                Interaction answered = question(interactions, "q-1");
                context.getBean(ReplyService.class).reply(SELLER, answered.id(), "Маломерит, берите на размер больше");
                Interaction next = question(interactions, "q-2");

                ProductMemory.Recall recall = context.getBean(ProductMemory.class)
                        .recall(SELLER, "777", "sizing_fit", next.id(), 3, 3);

                assertThat(recall.pastReplies()).containsExactly("Маломерит, берите на размер больше");
            });
        }

        @Test
        void anAnswerSeenAtIngestIsRecordedToo() {
            withDataSource.run(context -> {
                InteractionData answered = InteractionData.builder(SELLER, Channel.REVIEW, "fb-1").nmId("777")
                        .rating(5).text("Отлично").needsResponse(false).occurredAt(Instant.now().minusSeconds(60))
                        .extraData(ExtraData.of("last_reply_text", "Спасибо за отзыв!")).build();

                context.getBean(IngestionService.class).ingest(IngestBatch.of(java.util.List.of(answered)));

                assertThat(context.getBean(ResponseHistoryStore.class).recent(SELLER, ProductRef.nmId("777"), null,
                        5)).extracting(r -> r.text()).containsExactly("Спасибо за отзыв!");
            });
        }

        @Test
        void aDaysKpisAreRecordedAsPersistedFacts() {
            withDataSource.run(context -> {
                question(context.getBean(InteractionRepository.class), "q-1");
                LocalDate today = LocalDate.now(ZoneOffset.UTC);
                // the question occurred ten minutes ago: yesterday's date if the test runs just after midnight UTC
                LocalDate day = LocalDate.ofInstant(Instant.now().minusSeconds(600), ZoneOffset.UTC);

                context.getBean(CommunicationFacts.class).recordDay(SELLER, day);

                assertThat(context.getBean(MetricFactStore.class).find(MetricFactQuery.of(SELLER,
                        CommunicationFacts.INTERACTIONS_RECEIVED, day.minusDays(1), today)
                        .withSource(InteractionSource.WB_API))).singleElement()
                        .satisfies(f -> assertThat(f.value().longValue()).isEqualTo(1));
            });
        }
    }
}
