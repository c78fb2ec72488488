package ru.agentiq.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.agentiq.core.interaction.Interactions.SELLER;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;

class DemoSeederTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final InMemoryInteractionRepository repository = new InMemoryInteractionRepository();
    private final InMemoryInteractionEventStore events = new InMemoryInteractionEventStore();
    private final DemoSeeder seeder = new DemoSeeder(repository, events, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void seedsFiveReviewsFourQuestionsAndThreeChatsFromTheDemoSource() {
        DemoSeeder.DemoSeedResult result = seeder.seed(SELLER);

        List<Interaction> all = repository.find(InboxQuery.builder(SELLER).build()).items();
        assertThat(result.created()).isEqualTo(12);
        assertThat(all).hasSize(12);
        Map<Channel, Long> perChannel = all.stream()
                .collect(Collectors.groupingBy(Interaction::channel, Collectors.counting()));
        assertThat(perChannel).containsEntry(Channel.REVIEW, 5L).containsEntry(Channel.QUESTION, 4L)
                .containsEntry(Channel.CHAT, 3L);
        assertThat(all).allSatisfy(i -> {
            assertThat(i.data().source()).isEqualTo(InteractionSource.DEMO);
            assertThat(i.data().externalId()).startsWith(DemoData.EXTERNAL_ID_PREFIX);
            assertThat(i.data().text()).isNotBlank();
        });
        assertThat(all).filteredOn(i -> i.channel() == Channel.REVIEW).extracting(i -> i.data().rating())
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void coversTheFourQuestionIntentsAndTheThreeChatProblems() {
        List<InteractionData> data = DemoData.interactions(SELLER, NOW);

        assertThat(data).filteredOn(d -> d.channel() == Channel.QUESTION)
                .extracting(d -> d.extraData().getString("question_intent").orElseThrow())
                .containsExactlyInAnyOrder("sizing_fit", "availability_delivery", "spec_compatibility",
                        "general_question");
        assertThat(data).filteredOn(d -> d.channel() == Channel.CHAT)
                .extracting(d -> d.extraData().getString("chat_intent").orElseThrow())
                .containsExactlyInAnyOrder("defect_not_working", "refund_exchange", "delivery_delay");
    }

    @Test
    void setsSlaDeadlinesTheSeedWay() {
        Map<String, InteractionData> byId = DemoData.interactions(SELLER, NOW).stream()
                .collect(Collectors.toMap(InteractionData::externalId, Function.identity()));

        InteractionData urgentReview = byId.get("demo_review_1");
        assertThat(urgentReview.priority()).isEqualTo(Priority.URGENT);
        assertThat(urgentReview.slaDueAt()).isEqualTo(urgentReview.occurredAt().plus(Duration.ofHours(1)));
        assertThat(minutes(byId.get("demo_question_sizing_fit"))).isEqualTo(240);
        assertThat(minutes(byId.get("demo_question_availability_delivery"))).isEqualTo(120);
        assertThat(minutes(byId.get("demo_question_spec_compatibility"))).isEqualTo(480);
        assertThat(minutes(byId.get("demo_question_general_question"))).isEqualTo(480);
        assertThat(minutes(byId.get("demo_chat_defect_not_working"))).isEqualTo(30);
        assertThat(byId.get("demo_chat_defect_not_working").priority()).isEqualTo(Priority.URGENT);
        assertThat(byId.values()).filteredOn(d -> d.channel() == Channel.QUESTION)
                .allSatisfy(d -> assertThat(d.extraData().getString("sla_due_at"))
                        .contains(d.slaDueAt().toString()));
    }

    @Test
    void seedingTwiceCreatesNothingTheSecondTime() {
        seeder.seed(SELLER);

        DemoSeeder.DemoSeedResult again = new DemoSeeder(repository, events,
                Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC)).seed(SELLER);

        assertThat(again.created()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(12);
        assertThat(repository.count(SELLER)).isEqualTo(12);
    }

    @Test
    void recordsAReplySentEventForTheAnsweredReviewOnly() {
        seeder.seed(SELLER);
        seeder.seed(SELLER);

        var sent = events.forSeller(SELLER, NOW.minusSeconds(1), NOW.plusSeconds(1),
                Set.of(InteractionEventType.REPLY_SENT));
        assertThat(sent).singleElement().satisfies(e -> {
            assertThat(e.details().getString("source")).contains("demo");
            assertThat(e.details().getBoolean("is_demo")).contains(true);
            assertThat(repository.findById(SELLER, e.interactionId()).orElseThrow().data().needsResponse()).isFalse();
        });
    }

    private static long minutes(InteractionData d) {
        return Duration.between(d.occurredAt(), d.slaDueAt()).toMinutes();
    }
}
