package ru.agentiq.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.testing.Store.NOW;
import static ru.agentiq.core.testing.Store.SELLER;
import static ru.agentiq.core.testing.Store.ago;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.memory.InMemorySyncRunLog;
import ru.agentiq.core.quality.QualityService;
import ru.agentiq.core.testing.Store;

class PilotReadinessTest {

    private final Store store = new Store();
    private SellerSyncView sync = new SellerSyncView(SellerSyncView.State.OK, NOW.minus(Duration.ofMinutes(10)), null);
    private PilotReadiness readiness;
    private Interaction review;

    @BeforeEach
    void healthySeller() {
        QualityService quality = new QualityService(store.interactions, store.events, store.clock);
        OpsAlertService ops = new OpsAlertService(store.interactions, quality,
                new SyncHealthEvaluator(new InMemorySyncRunLog(), store.clock), store.clock);
        readiness = new PilotReadiness(store.interactions, quality, ops, id -> sync, store.clock);
        review = store.add(store.item(Channel.REVIEW));
        store.add(store.item(Channel.QUESTION).slaDueAt(NOW.plus(Duration.ofHours(2))));
        store.add(store.item(Channel.CHAT));
        store.event(review, InteractionEventType.REPLY_SENT, ago(Duration.ofDays(1)));
        store.event(review, InteractionEventType.DRAFT_ACCEPTED, ago(Duration.ofDays(1)));
    }

    private ReadinessCheck check(ReadinessReport report, String code) {
        return report.checks().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aHealthySellerIsGoWithEightPassingChecks() {
        ReadinessReport r = readiness.evaluate(SELLER);

        assertThat(r.goNoGo()).isTrue();
        assertThat(r.decision()).isEqualTo("go");
        assertThat(r.checks()).hasSize(8).extracting(ReadinessCheck::code).containsExactly(
                ReadinessCheck.SYNC_FRESHNESS, ReadinessCheck.CHANNEL_COVERAGE,
                ReadinessCheck.CHANNEL_COVERAGE_RECOMMENDED, ReadinessCheck.QUESTION_SLA_OVERDUE,
                ReadinessCheck.QUALITY_MANUAL_RATE, ReadinessCheck.QUALITY_REGRESSION, ReadinessCheck.OPEN_BACKLOG,
                ReadinessCheck.REPLY_ACTIVITY);
        assertThat(r.passed()).isEqualTo(8);
        assertThat(r.blockers()).isEmpty();
        assertThat(r.thresholds()).isEqualTo(ReadinessThresholds.defaults());
    }

    @Nested
    class Blockers {
        @Test
        void aFailedSyncBlocks() {
            sync = new SellerSyncView(SellerSyncView.State.ERROR, NOW, "WB 401");
            ReadinessReport r = readiness.evaluate(SELLER);
            assertThat(r.decision()).isEqualTo("no-go");
            assertThat(r.blockers()).containsExactly(ReadinessCheck.SYNC_STATUS);
            assertThat(check(r, ReadinessCheck.SYNC_STATUS).details()).contains("WB 401");
        }

        @Test
        void aSyncOlderThanTheLimitBlocksAtTheLimitItPasses() {
            sync = new SellerSyncView(SellerSyncView.State.OK, NOW.minus(Duration.ofMinutes(30)), null);
            assertThat(readiness.evaluate(SELLER).goNoGo()).isTrue();

            sync = new SellerSyncView(SellerSyncView.State.OK, NOW.minus(Duration.ofMinutes(30)).minusSeconds(1),
                    null);
            assertThat(readiness.evaluate(SELLER).blockers()).containsExactly(ReadinessCheck.SYNC_FRESHNESS);
        }

        @Test
        void neverSyncedPassesOnFreshIngestAndBlocksOnStaleIngest() {
            sync = SellerSyncView.never();
            assertThat(check(readiness.evaluate(SELLER), ReadinessCheck.SYNC_FRESHNESS).status())
                    .isEqualTo(CheckStatus.PASS);

            store.clock.advance(Duration.ofMinutes(30).plusSeconds(1));
            assertThat(readiness.evaluate(SELLER).blockers()).contains(ReadinessCheck.SYNC_FRESHNESS);
        }

        @Test
        void aRunningSyncOnlyWarns() {
            sync = new SellerSyncView(SellerSyncView.State.SYNCING, NOW.minus(Duration.ofMinutes(3)), null);
            ReadinessReport r = readiness.evaluate(SELLER);
            assertThat(check(r, ReadinessCheck.SYNC_STATUS).status()).isEqualTo(CheckStatus.WARN);
            assertThat(r.goNoGo()).isTrue();
        }

        @Test
        void aRequiredChannelWithoutInteractionsBlocks() {
            ReadinessReport r = readiness.evaluate(SELLER, ReadinessThresholds.builder()
                    .requiredChannels(Set.of(Channel.REVIEW, Channel.QUESTION)).build());
            assertThat(r.goNoGo()).isTrue();

            Store empty = new Store();
            QualityService quality = new QualityService(empty.interactions, empty.events, empty.clock);
            PilotReadiness fresh = new PilotReadiness(empty.interactions, quality, new OpsAlertService(
                    empty.interactions, quality, new SyncHealthEvaluator(new InMemorySyncRunLog(), empty.clock),
                    empty.clock), id -> sync, empty.clock);
            empty.add(empty.item(Channel.REVIEW));
            ReadinessReport missing = fresh.evaluate(SELLER);
            assertThat(missing.blockers()).containsExactly(ReadinessCheck.CHANNEL_COVERAGE);
            assertThat(check(missing, ReadinessCheck.CHANNEL_COVERAGE).details()).contains("question");
            assertThat(check(missing, ReadinessCheck.CHANNEL_COVERAGE_RECOMMENDED).status())
                    .isEqualTo(CheckStatus.WARN);
        }

        @Test
        void overdueQuestionsAboveTheAllowanceBlock() {
            store.add(store.item(Channel.QUESTION).slaDueAt(NOW.minusSeconds(60)));
            assertThat(readiness.evaluate(SELLER).blockers()).containsExactly(ReadinessCheck.QUESTION_SLA_OVERDUE);
            assertThat(readiness.evaluate(SELLER, ReadinessThresholds.builder().maxOverdueQuestions(1).build())
                    .goNoGo()).isTrue();
        }
    }

    @Nested
    class Warnings {
        @Test
        void aManualRateAboveTheMaximumWarnsAtTheMaximumPasses() {
            store.event(review, InteractionEventType.REPLY_SENT, ago(Duration.ofDays(20)));
            store.event(review, InteractionEventType.REPLY_MANUAL, ago(Duration.ofDays(20)));   // 1 of 2 = 0.5
            ReadinessThresholds atHalf = ReadinessThresholds.builder().maxManualRate(new BigDecimal("0.5")).build();
            assertThat(check(readiness.evaluate(SELLER, atHalf), ReadinessCheck.QUALITY_MANUAL_RATE).status())
                    .isEqualTo(CheckStatus.PASS);

            ReadinessThresholds below = ReadinessThresholds.builder().maxManualRate(new BigDecimal("0.4999")).build();
            ReadinessReport r = readiness.evaluate(SELLER, below);
            assertThat(check(r, ReadinessCheck.QUALITY_MANUAL_RATE).status()).isEqualTo(CheckStatus.WARN);
            assertThat(r.goNoGo()).isTrue();
        }

        @Test
        void aRegressionWarns() {
            store.event(review, InteractionEventType.REPLY_MANUAL, ago(Duration.ofDays(1)));
            ReadinessReport r = readiness.evaluate(SELLER);
            assertThat(check(r, ReadinessCheck.QUALITY_REGRESSION).status()).isEqualTo(CheckStatus.WARN);
            assertThat(r.goNoGo()).isTrue();
        }

        @Test
        void aBacklogAboveTheMaximumWarns() {
            // three open items: review, question, chat
            assertThat(check(readiness.evaluate(SELLER, ReadinessThresholds.builder().maxOpenBacklog(3).build()),
                    ReadinessCheck.OPEN_BACKLOG).status()).isEqualTo(CheckStatus.PASS);
            assertThat(check(readiness.evaluate(SELLER, ReadinessThresholds.builder().maxOpenBacklog(2).build()),
                    ReadinessCheck.OPEN_BACKLOG).status()).isEqualTo(CheckStatus.WARN);
        }

        @Test
        void replyActivityFallsBackToAnswersSeenAtTheSource() {
            ReadinessThresholds two = ReadinessThresholds.builder().minReplyActivity(2).build();
            assertThat(check(readiness.evaluate(SELLER, two), ReadinessCheck.REPLY_ACTIVITY).status())
                    .isEqualTo(CheckStatus.WARN);

            store.add(store.answered(Channel.REVIEW));
            store.add(store.answered(Channel.QUESTION));
            store.add(store.answered(Channel.CHAT));   // not a required channel
            ReadinessCheck baseline = check(readiness.evaluate(SELLER, two), ReadinessCheck.REPLY_ACTIVITY);
            assertThat(baseline.status()).isEqualTo(CheckStatus.PASS);
            assertThat(baseline.details()).contains("baseline").contains("2 answered");
        }

        @Test
        void sourceAnswersOutsideTheWindowDoNotCount() {
            store.add(store.answered(Channel.REVIEW).occurredAt(ago(Duration.ofDays(31))));
            store.add(store.answered(Channel.REVIEW).occurredAt(ago(Duration.ofDays(30))));
            ReadinessThresholds two = ReadinessThresholds.builder().minReplyActivity(3).build();
            ReadinessCheck c = check(readiness.evaluate(SELLER, two), ReadinessCheck.REPLY_ACTIVITY);
            assertThat(c.status()).isEqualTo(CheckStatus.WARN);
            assertThat(c.details()).contains("1 answered");
        }
    }

    @Nested
    class Bounds {
        @Test
        void everyThresholdRejectsValuesOutsideItsBounds() {
            assertThatThrownBy(() -> ReadinessThresholds.builder().maxSyncAgeMinutes(4))
                    .isInstanceOf(ValidationException.class).hasMessage("maxSyncAgeMinutes must be 5..1440, was 4");
            assertThatThrownBy(() -> ReadinessThresholds.builder().maxSyncAgeMinutes(1441))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> ReadinessThresholds.builder().maxOverdueQuestions(-1))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> ReadinessThresholds.builder().maxOverdueQuestions(10_001))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> ReadinessThresholds.builder().maxManualRate(new BigDecimal("1.0001")))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> ReadinessThresholds.builder().maxOpenBacklog(100_001))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> ReadinessThresholds.builder().minReplyActivity(10_001))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> ReadinessThresholds.builder().replyActivityWindowDays(0))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> ReadinessThresholds.builder().replyActivityWindowDays(366))
                    .isInstanceOf(ValidationException.class);
        }

        @Test
        void theBoundsThemselvesAreAccepted() {
            ReadinessThresholds t = ReadinessThresholds.builder().maxSyncAgeMinutes(5).maxSyncAgeMinutes(1440)
                    .maxOverdueQuestions(10_000).maxManualRate(BigDecimal.ONE).maxOpenBacklog(0)
                    .minReplyActivity(0).replyActivityWindowDays(365).build();
            assertThat(t.maxSyncAgeMinutes()).isEqualTo(1440);
            assertThat(t.replyActivityWindowDays()).isEqualTo(365);
        }
    }
}
