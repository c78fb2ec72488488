package ru.agentiq.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.testing.Store.NOW;
import static ru.agentiq.core.testing.Store.SELLER;
import static ru.agentiq.core.testing.Store.ago;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.quality.QualityRecorder;
import ru.agentiq.core.testing.Store;

class CommunicationAnalyticsTest {

    private final Store store = new Store();
    private final CommunicationAnalytics analytics = new CommunicationAnalytics(store.interactions, store.events,
            store.clock);

    private ChannelMetrics metrics(CommunicationReport r, InteractionSource s, Channel c) {
        return r.source(s).orElseThrow().channels().stream().filter(m -> m.channel() == c).findFirst().orElseThrow();
    }

    @Nested
    class SourceLabelling {
        @Test
        void everySourceGetsItsOwnSectionAndFallbackIsAnEstimate() {
            store.add(store.fromSource(Channel.REVIEW, InteractionSource.WB_API));
            store.add(store.fromSource(Channel.REVIEW, InteractionSource.WBCON_FALLBACK));

            CommunicationReport r = analytics.report(SELLER, 30);

            assertThat(r.sources()).extracting(SourceAnalytics::source)
                    .containsExactly(InteractionSource.WB_API, InteractionSource.WBCON_FALLBACK);
            assertThat(r.source(InteractionSource.WB_API).orElseThrow().estimate()).isFalse();
            SourceAnalytics fallback = r.source(InteractionSource.WBCON_FALLBACK).orElseThrow();
            assertThat(fallback.estimate()).isTrue();
            assertThat(fallback.label()).isEqualTo("WBCON fallback (estimate)");
            assertThat(fallback.channels()).allSatisfy(m -> assertThat(m.source())
                    .isEqualTo(InteractionSource.WBCON_FALLBACK));
        }

        @Test
        void fallbackDataNeverMovesTheWbApiNumbers() {
            Interaction wb = store.add(store.fromSource(Channel.QUESTION, InteractionSource.WB_API));
            store.event(wb, InteractionEventType.REPLY_SENT, ago(Duration.ofMinutes(30)));
            CommunicationReport before = analytics.report(SELLER, 30);

            for (int n = 0; n < 5; n++) {
                Interaction slow = store.add(store.fromSource(Channel.QUESTION, InteractionSource.WBCON_FALLBACK)
                        .occurredAt(ago(Duration.ofDays(3))));
                store.event(slow, InteractionEventType.REPLY_SENT, ago(Duration.ofDays(1)));
                store.event(slow, InteractionEventType.REPLY_MANUAL, ago(Duration.ofDays(1)));
            }
            CommunicationReport after = analytics.report(SELLER, 30);

            assertThat(after.source(InteractionSource.WB_API)).isEqualTo(before.source(InteractionSource.WB_API));
            assertThat(metrics(after, InteractionSource.WBCON_FALLBACK, Channel.QUESTION).interactionsTotal())
                    .isEqualTo(5);
        }
    }

    @Nested
    class Metrics {
        @Test
        void firstResponseAndTimeToCloseComeFromReplyEvents() {
            Interaction a = store.add(store.answered(Channel.CHAT).occurredAt(ago(Duration.ofMinutes(100))));
            store.event(a, InteractionEventType.REPLY_SENT, ago(Duration.ofMinutes(90)));
            store.event(a, InteractionEventType.REPLY_SENT, ago(Duration.ofMinutes(40)));
            Interaction b = store.add(store.item(Channel.CHAT).occurredAt(ago(Duration.ofMinutes(100))));
            store.event(b, InteractionEventType.AUTO_RESPONSE_SENT, ago(Duration.ofMinutes(70)));

            ChannelMetrics m = metrics(analytics.report(SELLER, 30), InteractionSource.WB_API, Channel.CHAT);

            assertThat(m.firstResponse()).isEqualTo(new DurationStats(2, 10L, 30L));
            assertThat(m.timeToClose()).isEqualTo(new DurationStats(1, 60L, 60L));
            assertThat(m.respondedTotal()).isEqualTo(2);
        }

        @Test
        void anAnswerGivenOutsideAgentIqCountsThroughLastReplyAt() {
            store.add(store.answered(Channel.REVIEW).occurredAt(ago(Duration.ofHours(5)))
                    .extraData(ExtraData.of("last_reply_at", ago(Duration.ofHours(3)).toString(),
                            "last_reply_source", "wb_api")));

            ChannelMetrics m = metrics(analytics.report(SELLER, 30), InteractionSource.WB_API, Channel.REVIEW);

            assertThat(m.firstResponse().medianMinutes()).isEqualTo(120L);
        }

        @Test
        void slaHitCountsAnswersByTheDueTimeAndUnansweredPastDueAsMisses() {
            Interaction onTime = store.add(store.item(Channel.QUESTION).occurredAt(ago(Duration.ofHours(3)))
                    .slaDueAt(ago(Duration.ofHours(2))));
            store.event(onTime, InteractionEventType.REPLY_SENT, ago(Duration.ofHours(2)));      // exactly at due
            Interaction late = store.add(store.item(Channel.QUESTION).occurredAt(ago(Duration.ofHours(3)))
                    .slaDueAt(ago(Duration.ofHours(2))));
            store.event(late, InteractionEventType.REPLY_SENT, ago(Duration.ofHours(2)).plusSeconds(1));
            store.add(store.item(Channel.QUESTION).slaDueAt(ago(Duration.ofMinutes(1))));          // overdue, open
            store.add(store.item(Channel.QUESTION).slaDueAt(NOW.plus(Duration.ofHours(1))));       // not yet due

            ChannelMetrics m = metrics(analytics.report(SELLER, 30), InteractionSource.WB_API, Channel.QUESTION);

            assertThat(m.slaSample()).isEqualTo(3);
            assertThat(m.slaHitRate()).isEqualTo(new BigDecimal("0.3333"));
        }

        @Test
        void withoutADueTimeTheChannelDefaultTargetApplies() {
            Interaction chat = store.add(store.item(Channel.CHAT).occurredAt(ago(Duration.ofHours(2))));
            store.event(chat, InteractionEventType.REPLY_SENT, ago(Duration.ofHours(1)));   // exactly 1 h: hit

            assertThat(metrics(analytics.report(SELLER, 30), InteractionSource.WB_API, Channel.CHAT).slaHitRate())
                    .isEqualByComparingTo("1");
        }

        @Test
        void qualityPassCountsAcceptedLightlyEditedAndAutoResponses() {
            Interaction i = store.add(store.item(Channel.REVIEW));
            store.event(i, InteractionEventType.DRAFT_ACCEPTED, NOW);
            store.event(i, InteractionEventType.DRAFT_EDITED, NOW, ExtraData.of(QualityRecorder.EDIT_RATIO,
                    new BigDecimal("0.2")));
            store.event(i, InteractionEventType.DRAFT_EDITED, NOW, ExtraData.of(QualityRecorder.EDIT_RATIO,
                    new BigDecimal("0.21")));
            store.event(i, InteractionEventType.REPLY_MANUAL, NOW);
            store.event(i, InteractionEventType.AUTO_RESPONSE_SENT, NOW);

            ChannelMetrics m = metrics(analytics.report(SELLER, 30), InteractionSource.WB_API, Channel.REVIEW);

            assertThat(m.qualitySample()).isEqualTo(5);
            assertThat(m.qualityPassRate()).isEqualTo(new BigDecimal("0.6000"));
        }

        @Test
        void aRepeatIsTheSameIntentFromTheSameBuyerWithinTheWindow() {
            store.add(store.item(Channel.QUESTION).customerId("c1").occurredAt(ago(Duration.ofDays(40)))
                    .extraData(ExtraData.of("question_intent", "sizing_fit")));
            store.add(store.item(Channel.QUESTION).customerId("c1").occurredAt(ago(Duration.ofDays(10)))
                    .extraData(ExtraData.of("question_intent", "sizing_fit")));    // 30 days after: a repeat
            store.add(store.item(Channel.QUESTION).customerId("c1").occurredAt(ago(Duration.ofDays(5)))
                    .extraData(ExtraData.of("question_intent", "availability_delivery")));
            store.add(store.item(Channel.QUESTION).customerId("c2").occurredAt(ago(Duration.ofDays(4)))
                    .extraData(ExtraData.of("question_intent", "sizing_fit")));

            ChannelMetrics m = metrics(analytics.report(SELLER, 30), InteractionSource.WB_API, Channel.QUESTION);

            assertThat(m.repeatSample()).isEqualTo(3);
            assertThat(m.repeatIssueRate()).isEqualTo(new BigDecimal("0.3333"));
        }

        @Test
        void throughputIsOperatorRepliesPerActiveHour() {
            Interaction i = store.add(store.item(Channel.CHAT));
            store.event(i, InteractionEventType.REPLY_SENT, Store.ago(Duration.ofMinutes(10)));
            store.event(i, InteractionEventType.REPLY_SENT, Store.ago(Duration.ofMinutes(20)));
            store.event(i, InteractionEventType.REPLY_SENT, Store.ago(Duration.ofHours(5)));
            store.event(i, InteractionEventType.AUTO_RESPONSE_SENT, Store.ago(Duration.ofHours(7)));

            ChannelMetrics m = metrics(analytics.report(SELLER, 30), InteractionSource.WB_API, Channel.CHAT);

            assertThat(m.operatorReplies()).isEqualTo(3);
            assertThat(m.operatorRepliesPerHour()).isEqualTo(new BigDecimal("1.50"));
        }

        @Test
        void interactionsOutsideThePeriodAreLeftOut() {
            store.add(store.item(Channel.REVIEW).occurredAt(ago(Duration.ofDays(7)).minusSeconds(1)));
            store.add(store.item(Channel.REVIEW).occurredAt(ago(Duration.ofDays(7))));

            assertThat(metrics(analytics.report(SELLER, 7), InteractionSource.WB_API, Channel.REVIEW)
                    .interactionsTotal()).isEqualTo(1);
            assertThatThrownBy(() -> analytics.report(SELLER, 0)).isInstanceOf(ValidationException.class);
        }
    }

    @Nested
    class Money {
        @Test
        void revenueFiguresAreRangesFromTheCoefficientRanges() {
            Interaction fast = store.add(store.item(Channel.REVIEW).rating(1).occurredAt(ago(Duration.ofHours(2))));
            store.event(fast, InteractionEventType.REPLY_SENT, ago(Duration.ofHours(1)));        // within 60 min
            store.add(store.item(Channel.REVIEW).rating(2));                                     // unresolved
            store.add(store.item(Channel.REVIEW).rating(5));
            Interaction q = store.add(store.item(Channel.QUESTION).occurredAt(ago(Duration.ofMinutes(50))));
            store.event(q, InteractionEventType.REPLY_SENT, ago(Duration.ofMinutes(30)));
            store.add(store.item(Channel.QUESTION));

            RevenueEstimate r = analytics.report(SELLER, 30).source(InteractionSource.WB_API).orElseThrow().revenue();

            assertThat(r.negativeReviewsTotal()).isEqualTo(2);
            assertThat(r.negativeReviewsUnresolved()).isEqualTo(1);
            assertThat(r.negativeReviewsRespondedInSla()).isEqualTo(1);
            assertThat(r.questionsRespondedFast()).isEqualTo(1);
            // 1 × 2000 × [0.05, 0.15] × 0.8
            assertThat(r.revenueAtRisk()).isEqualTo(Range.of("80.00", "240.00"));
            // 1 × 2000 × [0.10, 0.30] × [1.2, 1.8]
            assertThat(r.revenueSaved()).isEqualTo(Range.of("240.00", "1080.00"));
            assertThat(r.potentialAdditionalSavings()).isEqualTo(Range.of("240.00", "1080.00"));
            assertThat(r.questionRevenueImpact()).isEqualTo(Range.of("200.00", "600.00"));
            // 1/2 × [0.10, 0.30] × 100
            assertThat(r.responseTimeRoiPercent()).isEqualTo(Range.of("5.00", "15.00"));
            assertThat(r.revenueSaved().isPoint()).isFalse();
        }

        @Test
        void aSellersOwnAverageOrderValueScalesTheMoneyButNotTheCounts() {
            store.add(store.item(Channel.REVIEW).rating(1));                                     // unresolved
            CommunicationAnalytics ownAov = analytics.withConfig(analytics.config().withRevenue(
                    analytics.config().revenue().withAverageOrderValue(Range.exactly(new BigDecimal("5000")))));

            RevenueEstimate defaults = analytics.report(SELLER, 30).source(InteractionSource.WB_API).orElseThrow()
                    .revenue();
            RevenueEstimate own = ownAov.report(SELLER, 30).source(InteractionSource.WB_API).orElseThrow().revenue();

            assertThat(defaults.revenueAtRisk()).isEqualTo(Range.of("80.00", "240.00"));
            // 1 × 5000 × [0.05, 0.15] × 0.8
            assertThat(own.revenueAtRisk()).isEqualTo(Range.of("200.00", "600.00"));
            assertThat(own.negativeReviewsUnresolved()).isEqualTo(defaults.negativeReviewsUnresolved()).isEqualTo(1);
            assertThat(analytics.config().revenue().averageOrderValue())
                    .isEqualTo(RevenueCoefficients.DEFAULT_AVERAGE_ORDER_VALUE);
        }

        @Test
        void coefficientsThatWouldMakeAPointEstimateAreRejected() {
            assertThatThrownBy(() -> RevenueCoefficients.builder().negativeSaveRate(Range.of("0.2", "0.2")).build())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("never a point");
            assertThatThrownBy(() -> Range.of("2", "1")).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> RevenueCoefficients.builder().repeatPurchaseFactor(Range.of("0.5", "1")).build())
                    .isInstanceOf(ValidationException.class);
        }
    }
}
