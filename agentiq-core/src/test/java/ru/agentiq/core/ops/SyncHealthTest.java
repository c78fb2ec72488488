package ru.agentiq.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.testing.Store.NOW;
import static ru.agentiq.core.testing.Store.SELLER;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemorySyncRunLog;

class SyncHealthTest {

    private static SyncRun ok(SyncScope scope, Instant finished, long fetched) {
        return SyncRun.succeeded(SELLER, scope, finished.minusSeconds(2), finished, fetched, 0, 0, 0, false);
    }

    private static SyncRun failed(SyncScope scope, Instant finished) {
        return SyncRun.failed(SELLER, scope, finished.minusSeconds(2), finished, 0, "WB 502", false);
    }

    private static SyncHealth health(List<SyncRun> runs) {
        return SyncHealthEvaluator.evaluate(SELLER, runs, NOW, SyncHealthConfig.defaults());
    }

    private static List<String> codes(SyncHealth h) {
        return h.alerts().stream().map(OpsAlert::code).toList();
    }

    @Nested
    class Status {
        @Test
        void noRunsIsUnknownWithoutAlerts() {
            SyncHealth h = health(List.of());
            assertThat(h.status()).isEqualTo(SyncHealthStatus.UNKNOWN);
            assertThat(h.alerts()).isEmpty();
            assertThat(h.lastSyncAgeSeconds()).isNull();
        }

        @Test
        void fifteenMinutesIsStillWarningOneSecondMoreIsCriticalAndStale() {
            SyncHealth at15 = health(List.of(ok(SyncScope.REVIEW, NOW.minus(Duration.ofMinutes(15)), 5)));
            assertThat(at15.status()).isEqualTo(SyncHealthStatus.WARNING);
            assertThat(codes(at15)).doesNotContain(OpsAlert.SYNC_STALE);

            SyncHealth past = health(List.of(ok(SyncScope.REVIEW, NOW.minus(Duration.ofMinutes(15)).minusSeconds(1),
                    5)));
            assertThat(past.status()).isEqualTo(SyncHealthStatus.CRITICAL);
            assertThat(codes(past)).containsExactly(OpsAlert.SYNC_STALE);
            assertThat(past.alerts().get(0).severity()).isEqualTo(AlertSeverity.HIGH);
        }

        @Test
        void fiveMinutesIsHealthyOneSecondMoreIsWarning() {
            assertThat(health(List.of(ok(SyncScope.REVIEW, NOW.minus(Duration.ofMinutes(5)), 5))).status())
                    .isEqualTo(SyncHealthStatus.HEALTHY);
            assertThat(health(List.of(ok(SyncScope.REVIEW, NOW.minus(Duration.ofMinutes(5)).minusSeconds(1), 5)))
                    .status()).isEqualTo(SyncHealthStatus.WARNING);
        }

        @Test
        void errorRateOfHalfIsWarningAboveHalfIsCritical() {
            List<SyncRun> half = new ArrayList<>();
            half.add(failed(SyncScope.REVIEW, NOW.minusSeconds(10)));
            half.add(ok(SyncScope.REVIEW, NOW.minusSeconds(20), 3));
            SyncHealth h = health(half);
            assertThat(h.errorRate()).isEqualByComparingTo("0.5");
            assertThat(h.status()).isEqualTo(SyncHealthStatus.WARNING);
            assertThat(codes(h)).contains(OpsAlert.SYNC_ERRORS);

            half.add(failed(SyncScope.QUESTION, NOW.minusSeconds(30)));
            assertThat(health(half).status()).isEqualTo(SyncHealthStatus.CRITICAL);
        }

        @Test
        void errorRateOfExactlyAFifthRaisesNothing() {
            List<SyncRun> runs = new ArrayList<>();
            runs.add(failed(SyncScope.REVIEW, NOW.minusSeconds(100)));
            for (int i = 0; i < 4; i++) {
                runs.add(ok(SyncScope.REVIEW, NOW.minusSeconds(10 + i), 1));
            }
            SyncHealth h = health(runs);
            assertThat(h.errorRate()).isEqualByComparingTo("0.2");
            assertThat(h.status()).isEqualTo(SyncHealthStatus.HEALTHY);
            assertThat(codes(h)).doesNotContain(OpsAlert.SYNC_ERRORS);
        }

        @Test
        void aThrottledRunAmongTheThreeNewestWarnsTheFourthDoesNot() {
            List<SyncRun> runs = new ArrayList<>();
            runs.add(SyncRun.succeeded(SELLER, SyncScope.REVIEW, NOW.minusSeconds(50), NOW.minusSeconds(40), 1, 0, 0,
                    0, true));
            runs.add(ok(SyncScope.REVIEW, NOW.minusSeconds(30), 1));
            runs.add(ok(SyncScope.REVIEW, NOW.minusSeconds(20), 1));
            SyncHealth third = health(runs);
            assertThat(third.rateLimitedRecent()).isTrue();
            assertThat(third.status()).isEqualTo(SyncHealthStatus.WARNING);
            assertThat(codes(third)).containsExactly(OpsAlert.SYNC_RATE_LIMITED);

            runs.add(ok(SyncScope.REVIEW, NOW.minusSeconds(10), 1));
            assertThat(health(runs).rateLimitedRecent()).isFalse();
        }

        @Test
        void threeNewestEmptyRunsOfOneScopeWarnTwoDoNot() {
            List<SyncRun> runs = new ArrayList<>();
            runs.add(ok(SyncScope.CHAT, NOW.minusSeconds(40), 4));
            runs.add(ok(SyncScope.CHAT, NOW.minusSeconds(30), 0));
            runs.add(ok(SyncScope.CHAT, NOW.minusSeconds(20), 0));
            runs.add(ok(SyncScope.REVIEW, NOW.minusSeconds(15), 0));
            assertThat(health(runs).zeroFetchStreak()).isEqualTo(2);
            assertThat(health(runs).status()).isEqualTo(SyncHealthStatus.HEALTHY);

            runs.add(ok(SyncScope.CHAT, NOW.minusSeconds(10), 0));
            SyncHealth h = health(runs);
            assertThat(h.zeroFetchStreak()).isEqualTo(3);
            assertThat(codes(h)).containsExactly(OpsAlert.SYNC_ZERO_FETCH);
        }

        @Test
        void aFailedEmptyRunBreaksTheZeroFetchStreak() {
            List<SyncRun> runs = List.of(ok(SyncScope.CHAT, NOW.minusSeconds(40), 0),
                    ok(SyncScope.CHAT, NOW.minusSeconds(30), 0), failed(SyncScope.CHAT, NOW.minusSeconds(20)),
                    ok(SyncScope.CHAT, NOW.minusSeconds(10), 0));
            assertThat(health(runs).zeroFetchStreak()).isEqualTo(1);
        }

        @Test
        void aggregateRunsAreLeftOutWhenChannelRunsExist() {
            List<SyncRun> runs = List.of(ok(SyncScope.REVIEW, NOW.minusSeconds(20), 2),
                    failed(SyncScope.ALL, NOW.minusSeconds(10)));
            SyncHealth h = health(runs);
            assertThat(h.errorRate()).isEqualByComparingTo("0");
            assertThat(h.runsConsidered()).isEqualTo(1);
            assertThat(h.lastSyncAgeSeconds()).isEqualTo(10);
        }
    }

    @Nested
    class RingBuffer {
        @Test
        void keepsTheLastTenRunsPerSellerAndScope() {
            InMemorySyncRunLog log = new InMemorySyncRunLog();
            for (int i = 0; i < 12; i++) {
                log.record(ok(SyncScope.REVIEW, NOW.minusSeconds(100 - i), i));
            }
            log.record(ok(SyncScope.CHAT, NOW, 1));
            log.record(SyncRun.succeeded(SellerId.of(9), SyncScope.REVIEW, NOW, NOW, 1, 0, 0, 0, false));

            List<SyncRun> runs = log.runs(SELLER);
            assertThat(runs).hasSize(11);
            assertThat(runs.stream().filter(r -> r.scope() == SyncScope.REVIEW).mapToLong(SyncRun::fetched).min())
                    .hasValue(2);
            assertThat(runs).isSortedAccordingTo(java.util.Comparator.comparing(SyncRun::finishedAt));
        }

        @Test
        void ringSizeIsValidated() {
            assertThatThrownBy(() -> new InMemorySyncRunLog(0)).isInstanceOf(ValidationException.class);
        }

        @Test
        void evaluatorReadsTheLogWithItsClock() {
            InMemorySyncRunLog log = new InMemorySyncRunLog();
            log.record(ok(SyncScope.REVIEW, NOW.minusSeconds(60), 1));
            SyncHealthEvaluator evaluator = new SyncHealthEvaluator(log, java.time.Clock.fixed(NOW,
                    java.time.ZoneOffset.UTC));
            assertThat(evaluator.health(SELLER).lastSyncAgeSeconds()).isEqualTo(60);
        }
    }

    @Nested
    class Runs {
        @Test
        void errorDetailIsCutAndDurationHasThreeDecimals() {
            SyncRun run = SyncRun.failed(SELLER, SyncScope.REVIEW, NOW, NOW.plusMillis(1234), 0, "x".repeat(600),
                    false);
            assertThat(run.errorDetail()).hasSize(SyncRun.MAX_ERROR_DETAIL);
            assertThat(run.errors()).isEqualTo(1);
            assertThat(run.durationSeconds()).isEqualTo(new BigDecimal("1.234"));
        }

        @Test
        void rejectsAnEndBeforeTheStart() {
            assertThatThrownBy(() -> SyncRun.succeeded(SELLER, SyncScope.REVIEW, NOW, NOW.minusSeconds(1), 0, 0, 0, 0,
                    false)).isInstanceOf(ValidationException.class);
        }

        @Test
        void configRejectsWarningNotBelowCritical() {
            assertThatThrownBy(() -> SyncHealthConfig.builder().staleWarning(Duration.ofMinutes(15)).build())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("staleWarning");
        }
    }
}
