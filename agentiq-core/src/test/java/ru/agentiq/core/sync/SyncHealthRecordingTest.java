package ru.agentiq.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.memory.InMemorySyncCursorStore;
import ru.agentiq.core.memory.InMemorySyncLock;
import ru.agentiq.core.memory.InMemorySyncRunLog;
import ru.agentiq.core.memory.InMemorySyncStatusStore;
import ru.agentiq.core.ops.OpsAlert;
import ru.agentiq.core.ops.SellerSyncView;
import ru.agentiq.core.ops.SyncHealth;
import ru.agentiq.core.ops.SyncHealthEvaluator;
import ru.agentiq.core.ops.SyncRun;
import ru.agentiq.core.ops.SyncScope;

/** Sync runs reach the sync-health ring buffer, and the status store reaches the pilot gate. */
class SyncHealthRecordingTest {

    private static final SellerId SELLER = SellerId.of(3);
    private final Clock clock = Clock.fixed(Instant.parse("2026-09-02T12:00:00Z"), ZoneOffset.UTC);
    private final ScriptedFeed feed = new ScriptedFeed();
    private final InMemorySyncStatusStore statuses = new InMemorySyncStatusStore();
    private final InMemorySyncRunLog runs = new InMemorySyncRunLog();

    private SyncService service() {
        return SyncService.builder(feed, new InMemoryInteractionRepository()).cursors(new InMemorySyncCursorStore())
                .statuses(statuses).lock(new InMemorySyncLock(clock)).clock(clock).runRecorder(runs).build();
    }

    @Test
    void everyChannelAndTheWholeRunAreRecordedWithTheirErrors() {
        feed.add(SyncServiceTest.review("r1", 1, true));
        feed.add(SyncServiceTest.review("r2", 2, true));
        feed.failingChannel = Channel.QUESTION;
        feed.failAfterPages = 0;

        service().sync(SELLER, SyncOptions.builder().channel(Channel.REVIEW).channel(Channel.QUESTION).build());

        List<SyncRun> recorded = runs.runs(SELLER);
        assertThat(recorded).extracting(SyncRun::scope).containsExactlyInAnyOrder(SyncScope.REVIEW,
                SyncScope.QUESTION, SyncScope.ALL);
        SyncRun reviews = recorded.stream().filter(r -> r.scope() == SyncScope.REVIEW).findFirst().orElseThrow();
        assertThat(reviews.fetched()).isEqualTo(2);
        assertThat(reviews.created()).isEqualTo(2);
        assertThat(reviews.hasErrors()).isFalse();
        SyncRun questions = recorded.stream().filter(r -> r.scope() == SyncScope.QUESTION).findFirst().orElseThrow();
        assertThat(questions.errors()).isEqualTo(1);
        assertThat(questions.errorDetail()).contains("WB is down");
        assertThat(recorded.stream().filter(r -> r.scope() == SyncScope.ALL).findFirst().orElseThrow().errors())
                .isEqualTo(1);

        SyncHealth health = new SyncHealthEvaluator(runs, clock).health(SELLER);
        assertThat(health.errorRate()).isEqualByComparingTo("0.5");
        assertThat(health.alerts()).extracting(OpsAlert::code).contains(OpsAlert.SYNC_ERRORS);
    }

    @Test
    void theStatusStoreIsThePilotGatesViewOfSync() {
        assertThat(SyncStatusViews.of(statuses).status(SELLER)).isEqualTo(SellerSyncView.never());

        feed.failingChannel = Channel.QUESTION;
        feed.failAfterPages = 0;
        service().sync(SELLER, SyncOptions.builder().channel(Channel.QUESTION).build());

        SellerSyncView view = SyncStatusViews.of(statuses).status(SELLER);
        assertThat(view.state()).isEqualTo(SellerSyncView.State.ERROR);
        assertThat(view.lastError()).contains("WB is down");
        assertThat(view.lastSyncAt()).isNull();
    }
}
