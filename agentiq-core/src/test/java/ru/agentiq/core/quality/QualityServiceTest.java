package ru.agentiq.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.testing.Store.NOW;
import static ru.agentiq.core.testing.Store.SELLER;
import static ru.agentiq.core.testing.Store.ago;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.testing.Store;

class QualityServiceTest {

    private final Store store = new Store();
    private final QualityService quality = new QualityService(store.interactions, store.events, store.clock);

    private void replies(Interaction i, int sent, int manual, java.time.Instant at) {
        for (int n = 0; n < sent; n++) {
            store.event(i, InteractionEventType.REPLY_SENT, at);
        }
        for (int n = 0; n < manual; n++) {
            store.event(i, InteractionEventType.REPLY_MANUAL, at);
        }
    }

    @Nested
    class Snapshot {
        @Test
        void countsTheFunnelPerChannelWithRatesToFourPlaces() {
            Interaction review = store.add(store.item(Channel.REVIEW));
            Interaction chat = store.add(store.answered(Channel.CHAT));
            store.event(review, InteractionEventType.DRAFT_GENERATED, ago(Duration.ofHours(2)));
            store.event(review, InteractionEventType.DRAFT_CACHE_HIT, ago(Duration.ofHours(2)));
            for (int n = 0; n < 3; n++) {
                store.event(review, InteractionEventType.REPLY_SENT, ago(Duration.ofHours(1)));
            }
            store.event(review, InteractionEventType.DRAFT_ACCEPTED, ago(Duration.ofHours(1)));
            store.event(review, InteractionEventType.DRAFT_EDITED, ago(Duration.ofHours(1)),
                    ExtraData.of(QualityRecorder.EDIT_RATIO, new BigDecimal("0.2")));
            store.event(review, InteractionEventType.REPLY_MANUAL, ago(Duration.ofHours(1)));
            store.event(chat, InteractionEventType.REPLY_SENT, ago(Duration.ofHours(1)));
            store.event(chat, InteractionEventType.DRAFT_EDITED, ago(Duration.ofHours(1)),
                    ExtraData.of(QualityRecorder.EDIT_RATIO, new BigDecimal("0.2001")));

            QualitySnapshot s = quality.snapshot(SELLER, 30, null);

            QualityCounts r = s.byChannel().get(Channel.REVIEW);
            assertThat(r).isEqualTo(new QualityCounts(3, 1, 1, 1, 1, 1, 1));
            assertThat(r.acceptRate()).isEqualTo(new BigDecimal("0.3333"));
            assertThat(r.manualRate()).isEqualTo(new BigDecimal("0.3333"));
            assertThat(s.byChannel().get(Channel.CHAT).lightlyEdited()).isZero();
            assertThat(s.totals().repliesTotal()).isEqualTo(4);
            assertThat(s.totals().editRate()).isEqualTo(new BigDecimal("0.5000"));
            assertThat(s.byChannel()).containsOnlyKeys(Channel.values());
            assertThat(s.pipeline()).isEqualTo(new PipelineCounts(2, 1, 1));
            assertThat(s.pipelineByChannel().get(Channel.QUESTION)).isEqualTo(new PipelineCounts(0, 0, 0));
        }

        @Test
        void ratesAreZeroWithoutReplies() {
            assertThat(quality.snapshot(SELLER, 30, null).totals().manualRate()).isEqualTo(Rates.ZERO);
        }

        @Test
        void theWindowIncludesBothEndsExactly() {
            Interaction i = store.add(store.item(Channel.REVIEW));
            store.event(i, InteractionEventType.REPLY_SENT, ago(Duration.ofDays(7)));
            store.event(i, InteractionEventType.REPLY_SENT, NOW);
            store.event(i, InteractionEventType.REPLY_SENT, ago(Duration.ofDays(7).plusNanos(1000)));

            assertThat(quality.snapshot(SELLER, 7, null).totals().repliesTotal()).isEqualTo(2);
        }

        @Test
        void aChannelFilterLeavesOnlyThatChannel() {
            Interaction review = store.add(store.item(Channel.REVIEW));
            Interaction chat = store.add(store.item(Channel.CHAT));
            store.event(review, InteractionEventType.REPLY_SENT, NOW);
            store.event(chat, InteractionEventType.REPLY_SENT, NOW);

            QualitySnapshot s = quality.snapshot(SELLER, 30, Channel.CHAT);

            assertThat(s.byChannel()).containsOnlyKeys(Channel.CHAT);
            assertThat(s.totals().repliesTotal()).isEqualTo(1);
            assertThat(s.pipeline().interactionsTotal()).isEqualTo(1);
        }

        @Test
        void daysAreBoundedOneTo365() {
            assertThat(quality.snapshot(SELLER, 1, null).periodDays()).isEqualTo(1);
            assertThat(quality.snapshot(SELLER, 365, null).periodDays()).isEqualTo(365);
            assertThatThrownBy(() -> quality.snapshot(SELLER, 0, null)).isInstanceOf(ValidationException.class)
                    .hasMessage("days must be 1..365, was 0");
            assertThatThrownBy(() -> quality.snapshot(SELLER, 366, null)).isInstanceOf(ValidationException.class);
        }
    }

    @Nested
    class History {
        @Test
        void onePointPerUtcDayZeroFilledEndingToday() {
            Interaction i = store.add(store.item(Channel.REVIEW));
            store.event(i, InteractionEventType.REPLY_SENT, NOW);
            store.event(i, InteractionEventType.REPLY_MANUAL, NOW);
            store.event(i, InteractionEventType.REPLY_SENT, java.time.Instant.parse("2026-11-18T00:00:00Z"));
            store.event(i, InteractionEventType.REPLY_SENT, java.time.Instant.parse("2026-11-17T23:59:59Z"));

            List<QualityDay> days = quality.history(SELLER, 3, null);

            assertThat(days).extracting(QualityDay::date).containsExactly(LocalDate.parse("2026-11-18"),
                    LocalDate.parse("2026-11-19"), LocalDate.parse("2026-11-20"));
            assertThat(days).extracting(d -> d.counts().repliesTotal()).containsExactly(1L, 0L, 1L);
            assertThat(days.get(2).counts().manualRate()).isEqualByComparingTo("1");
        }

        @Test
        void aggregateIgnoresOtherChannelsAndDaysOutsideTheRange() {
            Interaction review = store.add(store.item(Channel.REVIEW));
            Interaction chat = store.add(store.item(Channel.CHAT));
            store.event(review, InteractionEventType.REPLY_SENT, NOW);
            store.event(chat, InteractionEventType.REPLY_SENT, NOW);
            store.event(review, InteractionEventType.REPLY_SENT, NOW.plus(Duration.ofDays(1)));

            List<QualityDay> days = QualityHistory.aggregate(store.events.forSeller(SELLER, ago(Duration.ofDays(9)),
                    NOW.plus(Duration.ofDays(9)), java.util.Set.of()), LocalDate.parse("2026-11-20"), 1,
                    Channel.REVIEW, new BigDecimal("0.2"));

            assertThat(days).singleElement().extracting(d -> d.counts().repliesTotal()).isEqualTo(1L);
        }
    }

    @Nested
    class Regression {
        @Test
        void aRiseOfExactlyTheThresholdIsARegression() {
            Interaction i = store.add(store.item(Channel.REVIEW));
            replies(i, 20, 3, ago(Duration.ofDays(3)));     // 0.15 now
            replies(i, 20, 0, ago(Duration.ofDays(10)));    // 0.00 before

            ManualRateRegression r = quality.manualRateRegression(SELLER);

            assertThat(r.currentManualRate()).isEqualTo(new BigDecimal("0.1500"));
            assertThat(r.previousManualRate()).isEqualTo(new BigDecimal("0.0000"));
            assertThat(r.manualRateDelta()).isEqualTo(new BigDecimal("0.1500"));
            assertThat(r.regressionDetected()).isTrue();
            assertThat(r.currentWindowDays()).isEqualTo(7);
        }

        @Test
        void aRiseJustBelowTheThresholdIsNot() {
            Interaction i = store.add(store.item(Channel.REVIEW));
            replies(i, 10000, 1499, ago(Duration.ofDays(3)));
            replies(i, 1, 0, ago(Duration.ofDays(10)));

            ManualRateRegression r = quality.manualRateRegression(SELLER);

            assertThat(r.manualRateDelta()).isEqualTo(new BigDecimal("0.1499"));
            assertThat(r.regressionDetected()).isFalse();
        }

        @Test
        void windowsSplitExactlySevenDaysAgo() {
            Interaction i = store.add(store.item(Channel.REVIEW));
            replies(i, 1, 1, ago(Duration.ofDays(7)));           // current window starts here
            replies(i, 1, 0, ago(Duration.ofDays(7).plusSeconds(1)));
            replies(i, 1, 1, ago(Duration.ofDays(14).plusSeconds(1)));  // outside both

            ManualRateRegression r = quality.manualRateRegression(SELLER);

            assertThat(r.currentManualRate()).isEqualByComparingTo("1");
            assertThat(r.previousManualRate()).isEqualByComparingTo("0");
        }

        @Test
        void thresholdIsConfigurableAndValidated() {
            QualityConfig config = QualityConfig.builder().manualRateRegressionThreshold(new BigDecimal("0.5"))
                    .regressionWindowDays(3).build();
            assertThat(config.regressionWindowDays()).isEqualTo(3);
            assertThatThrownBy(() -> QualityConfig.builder().manualRateRegressionThreshold(new BigDecimal("1.1")))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("manualRateRegressionThreshold must be 0..1, was 1.1");
            assertThatThrownBy(() -> QualityConfig.builder().regressionWindowDays(0))
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Nested
    class Recording {
        @Test
        void recordsReplySentThenTheOutcomeWithEditRatio() {
            Interaction i = store.add(store.item(Channel.REVIEW).extraData(ExtraData.of("last_ai_draft",
                    Map.of("text", "Спасибо за отзыв", "source", "llm"))));
            QualityRecorder recorder = new QualityRecorder(store.events, store.clock);

            ReplyClassification c = recorder.recordReply(i, "Спасибо за ваш отзыв");

            var log = store.events.forInteraction(SELLER, i.id());
            assertThat(log).extracting(e -> e.type()).containsExactly(InteractionEventType.REPLY_SENT,
                    InteractionEventType.DRAFT_EDITED);
            assertThat(log.get(1).details().getString("draft_source")).contains("llm");
            assertThat((BigDecimal) log.get(1).details().get(QualityRecorder.EDIT_RATIO).orElseThrow())
                    .isEqualByComparingTo(c.editRatio());
            assertThat(QualityRecorder.annotate(ExtraData.EMPTY, c).getString(QualityRecorder.LAST_REPLY_OUTCOME))
                    .contains("draft_edited");
        }

        @Test
        void aManualReplyCarriesNoRatio() {
            Interaction i = store.add(store.item(Channel.CHAT));
            ReplyClassification c = new QualityRecorder(store.events, store.clock).recordReply(i, "Ответ");

            assertThat(c.outcome()).isEqualTo(ReplyOutcome.REPLY_MANUAL);
            assertThat(store.events.forInteraction(SELLER, i.id()).get(1).details().contains(QualityRecorder.EDIT_RATIO))
                    .isFalse();
            assertThat(QualityRecorder.annotate(ExtraData.of(QualityRecorder.LAST_REPLY_EDIT_RATIO, 1), c)
                    .contains(QualityRecorder.LAST_REPLY_EDIT_RATIO)).isFalse();
        }
    }
}
