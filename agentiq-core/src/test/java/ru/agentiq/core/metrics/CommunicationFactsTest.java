package ru.agentiq.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.agentiq.core.testing.Store.NOW;
import static ru.agentiq.core.testing.Store.SELLER;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.analytics.CommunicationAnalytics;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.memory.InMemoryMetricFactStore;
import ru.agentiq.core.testing.Store;

class CommunicationFactsTest {

    static final LocalDate YESTERDAY = LocalDate.parse("2026-11-19");

    final Store data = new Store();
    final InMemoryMetricFactStore store = new InMemoryMetricFactStore();
    final CommunicationFacts facts = new CommunicationFacts(
            new CommunicationAnalytics(data.interactions, data.events, data.clock), store, data.clock);

    Optional<BigDecimal> value(List<MetricFact> facts, String metric, Channel channel, InteractionSource source) {
        return facts.stream().filter(f -> f.metric().equals(metric) && f.channel() == channel && f.source() == source)
                .map(MetricFact::value).findFirst();
    }

    @Test
    void recordsTheDaysCohortPerChannelAndSourceCountingAnswersGivenAfterTheDay() {
        Interaction wb = data.add(data.fromSource(Channel.QUESTION, InteractionSource.WB_API)
                .occurredAt(Instant.parse("2026-11-19T10:00:00Z")));
        data.event(wb, InteractionEventType.REPLY_SENT, Instant.parse("2026-11-19T10:30:00Z"));
        Interaction late = data.add(data.fromSource(Channel.REVIEW, InteractionSource.WBCON_FALLBACK)
                .occurredAt(Instant.parse("2026-11-19T20:00:00Z")));
        data.event(late, InteractionEventType.REPLY_SENT, Instant.parse("2026-11-20T09:00:00Z"));
        data.add(data.fromSource(Channel.QUESTION, InteractionSource.WB_API)); // today: not yesterday's cohort

        List<MetricFact> recorded = facts.recordDay(SELLER, YESTERDAY);

        assertThat(value(recorded, CommunicationFacts.INTERACTIONS_RECEIVED, Channel.QUESTION,
                InteractionSource.WB_API)).contains(BigDecimal.ONE);
        assertThat(value(recorded, CommunicationFacts.FIRST_RESPONSE_MEDIAN_MINUTES, Channel.QUESTION,
                InteractionSource.WB_API)).contains(BigDecimal.valueOf(30));
        assertThat(value(recorded, CommunicationFacts.OPERATOR_REPLIES, Channel.QUESTION,
                InteractionSource.WB_API)).contains(BigDecimal.ONE);
        assertThat(value(recorded, CommunicationFacts.INTERACTIONS_RESPONDED, Channel.REVIEW,
                InteractionSource.WBCON_FALLBACK)).contains(BigDecimal.ONE);
        assertThat(value(recorded, CommunicationFacts.FIRST_RESPONSE_MEDIAN_MINUTES, Channel.REVIEW,
                InteractionSource.WBCON_FALLBACK)).contains(BigDecimal.valueOf(13 * 60));
        // the reply was logged the next day: it is that day's operator work
        assertThat(value(recorded, CommunicationFacts.OPERATOR_REPLIES, Channel.REVIEW,
                InteractionSource.WBCON_FALLBACK)).contains(BigDecimal.ZERO);
        assertThat(recorded).allSatisfy(f -> {
            assertThat(f.day()).isEqualTo(YESTERDAY);
            assertThat(f.computedAt()).isEqualTo(NOW);
        });
        assertThat(store.find(MetricFactQuery.of(SELLER, CommunicationFacts.INTERACTIONS_RECEIVED, YESTERDAY,
                YESTERDAY).withSource(InteractionSource.WB_API))).hasSize(1);
    }

    @Test
    void figuresWithoutASampleAreNotRecorded() {
        data.add(data.fromSource(Channel.CHAT, InteractionSource.WB_API)
                .occurredAt(Instant.parse("2026-11-19T10:00:00Z")));

        List<MetricFact> recorded = facts.recordDay(SELLER, YESTERDAY);

        assertThat(value(recorded, CommunicationFacts.INTERACTIONS_RECEIVED, Channel.CHAT, InteractionSource.WB_API))
                .contains(BigDecimal.ONE);
        assertThat(value(recorded, CommunicationFacts.FIRST_RESPONSE_MEDIAN_MINUTES, Channel.CHAT,
                InteractionSource.WB_API)).isEmpty();
        assertThat(value(recorded, CommunicationFacts.QUALITY_PASS_RATE, Channel.CHAT, InteractionSource.WB_API))
                .isEmpty();
    }

    @Test
    void recordingADayAgainReplacesItsFactsAndDropsFiguresItNoLongerHas() {
        store.upsert(SELLER, List.of(MetricFact.count(SELLER, CommunicationFacts.INTERACTIONS_RECEIVED, YESTERDAY,
                Channel.REVIEW, InteractionSource.DEMO, 99, NOW)));
        Interaction wb = data.add(data.fromSource(Channel.QUESTION, InteractionSource.WB_API)
                .occurredAt(Instant.parse("2026-11-19T10:00:00Z")));
        facts.recordDay(SELLER, YESTERDAY);

        data.event(wb, InteractionEventType.REPLY_SENT, Instant.parse("2026-11-20T10:00:00Z"));
        facts.recordDay(SELLER, YESTERDAY);

        List<MetricFact> stored = store.find(MetricFactQuery.of(SELLER, CommunicationFacts.INTERACTIONS_RESPONDED,
                YESTERDAY, YESTERDAY));
        assertThat(stored).extracting(MetricFact::value).containsExactly(BigDecimal.ONE);
        assertThat(store.find(MetricFactQuery.of(SELLER, CommunicationFacts.INTERACTIONS_RECEIVED, YESTERDAY,
                YESTERDAY))).extracting(MetricFact::source).containsExactly(InteractionSource.WB_API);
    }

    @Test
    void aDayStartsAndEndsInTheConfiguredZone() {
        // 22:30 UTC on the 18th is already the 19th in Moscow (UTC+3)
        data.add(data.fromSource(Channel.QUESTION, InteractionSource.WB_API)
                .occurredAt(Instant.parse("2026-11-18T22:30:00Z")));
        CommunicationFacts moscow = new CommunicationFacts(new CommunicationAnalytics(data.interactions,
                data.events, data.clock), store, data.clock, ZoneId.of("Europe/Moscow"));

        assertThat(value(moscow.recordDay(SELLER, YESTERDAY), CommunicationFacts.INTERACTIONS_RECEIVED,
                Channel.QUESTION, InteractionSource.WB_API)).contains(BigDecimal.ONE);
        assertThat(value(facts.recordDay(SELLER, YESTERDAY), CommunicationFacts.INTERACTIONS_RECEIVED,
                Channel.QUESTION, InteractionSource.WB_API)).isEmpty();
    }

    @Test
    void recordsARangeOfDaysOldestFirst() {
        data.add(data.fromSource(Channel.QUESTION, InteractionSource.WB_API)
                .occurredAt(Instant.parse("2026-11-17T10:00:00Z")));
        data.add(data.fromSource(Channel.QUESTION, InteractionSource.WB_API)
                .occurredAt(Instant.parse("2026-11-19T10:00:00Z")));

        facts.recordDays(SELLER, YESTERDAY.minusDays(2), YESTERDAY);

        assertThat(store.find(MetricFactQuery.of(SELLER, CommunicationFacts.INTERACTIONS_RECEIVED,
                YESTERDAY.minusDays(2), YESTERDAY))).extracting(MetricFact::day)
                .containsExactly(YESTERDAY.minusDays(2), YESTERDAY);
    }
}
