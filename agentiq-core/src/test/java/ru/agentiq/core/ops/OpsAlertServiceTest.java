package ru.agentiq.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.agentiq.core.testing.Store.NOW;
import static ru.agentiq.core.testing.Store.SELLER;
import static ru.agentiq.core.testing.Store.ago;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.memory.InMemorySyncRunLog;
import ru.agentiq.core.quality.QualityService;
import ru.agentiq.core.testing.Store;

class OpsAlertServiceTest {

    private final Store store = new Store();
    private final InMemorySyncRunLog runs = new InMemorySyncRunLog();
    private final OpsAlertService ops = new OpsAlertService(store.interactions,
            new QualityService(store.interactions, store.events, store.clock),
            new SyncHealthEvaluator(runs, store.clock), store.clock);

    private void question(Duration dueIn) {
        store.add(store.item(Channel.QUESTION).slaDueAt(NOW.plus(dueIn)));
    }

    @Test
    void dueNowIsDueSoonAndOneMicrosecondLateIsOverdue() {
        question(Duration.ZERO);
        question(Duration.ofNanos(-1000));

        QuestionSlaSummary sla = ops.report(SELLER).questionSla();

        assertThat(sla.dueSoonTotal()).isEqualTo(1);
        assertThat(sla.overdueTotal()).isEqualTo(1);
        assertThat(sla.oldestOverdueMinutes()).isZero();
    }

    @Test
    void dueInExactlySixtyMinutesIsDueSoonOneSecondMoreIsNot() {
        question(Duration.ofMinutes(60));
        question(Duration.ofMinutes(60).plusSeconds(1));

        assertThat(ops.report(SELLER).questionSla().dueSoonTotal()).isEqualTo(1);
    }

    @Test
    void countsOnlyOpenQuestionsAndReportsTheOldestOverdueInWholeMinutes() {
        question(Duration.ofMinutes(-90).minusSeconds(59));
        question(Duration.ofMinutes(-5));
        store.add(store.item(Channel.QUESTION));                                     // no SLA
        store.add(store.answered(Channel.QUESTION).slaDueAt(NOW.minusSeconds(3600)));   // answered
        store.add(store.item(Channel.CHAT).slaDueAt(NOW.minusSeconds(3600)));       // not a question

        OpsReport report = ops.report(SELLER);

        assertThat(report.questionSla()).isEqualTo(new QuestionSlaSummary(3, 2, 2, 0, 90));
        assertThat(report.alerts()).extracting(OpsAlert::code).containsExactly(OpsAlert.SLA_OVERDUE_QUESTIONS);
    }

    @Test
    void combinesSlaRegressionAndSyncAlertsMostSevereFirst() {
        question(Duration.ofMinutes(10));
        question(Duration.ofMinutes(-10));
        Interaction i = store.add(store.item(Channel.REVIEW));
        for (int n = 0; n < 4; n++) {
            store.event(i, InteractionEventType.REPLY_SENT, ago(Duration.ofDays(1)));
        }
        store.event(i, InteractionEventType.REPLY_MANUAL, ago(Duration.ofDays(1)));
        runs.record(SyncRun.succeeded(SELLER, SyncScope.REVIEW, NOW.minusSeconds(60), NOW.minusSeconds(30), 1, 0, 0,
                0, true));

        OpsReport report = ops.report(SELLER);

        assertThat(report.alerts()).extracting(OpsAlert::code).containsExactly(OpsAlert.SLA_OVERDUE_QUESTIONS,
                OpsAlert.QUALITY_MANUAL_RATE_REGRESSION, OpsAlert.SLA_DUE_SOON_QUESTIONS, OpsAlert.SYNC_RATE_LIMITED);
        assertThat(report.qualityRegression().regressionDetected()).isTrue();
        assertThat(report.syncHealth().status()).isEqualTo(SyncHealthStatus.WARNING);
        assertThat(report.generatedAt()).isEqualTo(NOW);
    }

    @Test
    void aQuietSellerHasNoAlerts() {
        store.add(store.item(Channel.QUESTION).slaDueAt(NOW.plus(Duration.ofHours(3))));
        assertThat(ops.report(SELLER).alerts()).isEmpty();
    }
}
