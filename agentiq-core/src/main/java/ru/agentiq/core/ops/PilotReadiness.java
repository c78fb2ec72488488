package ru.agentiq.core.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.quality.InboxScans;
import ru.agentiq.core.quality.ManualRateRegression;
import ru.agentiq.core.quality.QualitySnapshot;
import ru.agentiq.core.quality.QualityService;

/**
 * The pilot go/no-go gate (seed §e.5): always eight checks, in order — sync status/freshness, required channel
 * coverage, recommended channel coverage, overdue questions, 30-day manual rate, manual-rate regression, open
 * backlog, reply activity. Only sync, required coverage and overdue questions block; the rest warn. Thread-safe when
 * its collaborators are.
 */
public final class PilotReadiness {

    /** The manual-rate check always looks at this many days (seed). */
    public static final int MANUAL_RATE_WINDOW_DAYS = 30;

    private final InteractionRepository interactions;
    private final QualityService quality;
    private final OpsAlertService ops;
    private final SellerSyncStatusSource syncStatus;
    private final Clock clock;

    public PilotReadiness(InteractionRepository interactions, QualityService quality, OpsAlertService ops,
            SellerSyncStatusSource syncStatus, Clock clock) {
        this.interactions = Checks.required(interactions, "interactions");
        this.quality = Checks.required(quality, "quality");
        this.ops = Checks.required(ops, "ops");
        this.syncStatus = Checks.required(syncStatus, "syncStatus");
        this.clock = Checks.required(clock, "clock");
    }

    /** The verdict with the default thresholds. */
    public ReadinessReport evaluate(SellerId sellerId) {
        return evaluate(sellerId, ReadinessThresholds.defaults());
    }

    public ReadinessReport evaluate(SellerId sellerId, ReadinessThresholds t) {
        Checks.required(sellerId, "sellerId");
        Checks.required(t, "thresholds");
        Instant now = clock.instant();
        QualitySnapshot month = quality.snapshot(sellerId, MANUAL_RATE_WINDOW_DAYS, null);
        QualitySnapshot activityWindow = t.replyActivityWindowDays() == MANUAL_RATE_WINDOW_DAYS ? month
                : quality.snapshot(sellerId, t.replyActivityWindowDays(), null);
        List<ReadinessCheck> checks = new ArrayList<>(8);
        checks.add(sync(sellerId, t, now));
        checks.add(coverage(month, t.requiredChannels(), true));
        checks.add(coverage(month, t.recommendedChannels(), false));
        checks.add(overdue(sellerId, t, now));
        checks.add(manualRate(month, t));
        checks.add(regression(quality.manualRateRegression(sellerId)));
        checks.add(backlog(month, t));
        checks.add(replyActivity(sellerId, activityWindow, t, now));
        boolean go = checks.stream().noneMatch(ReadinessCheck::blocks);
        return new ReadinessReport(now, go, t, checks);
    }

    private ReadinessCheck sync(SellerId sellerId, ReadinessThresholds t, Instant now) {
        SellerSyncView view = syncStatus.status(sellerId);
        if (view == null) {
            view = SellerSyncView.never();
        }
        Duration maxAge = Duration.ofMinutes(t.maxSyncAgeMinutes());
        if (view.state() == SellerSyncView.State.ERROR) {
            return new ReadinessCheck(ReadinessCheck.SYNC_STATUS, "Sync status", CheckStatus.FAIL, true,
                    "The last sync failed" + (view.lastError() == null ? "." : ": " + view.lastError()));
        }
        if (view.lastSyncAt() == null) {
            Instant newest = newestUpdate(sellerId);
            if (newest != null && Duration.between(newest, now).compareTo(maxAge) <= 0) {
                return new ReadinessCheck(ReadinessCheck.SYNC_FRESHNESS, "Sync freshness", CheckStatus.PASS, true,
                        "No completed sync recorded, but interactions were ingested "
                                + Duration.between(newest, now).toMinutes() + " min ago (limit "
                                + t.maxSyncAgeMinutes() + " min).");
            }
            return new ReadinessCheck(ReadinessCheck.SYNC_FRESHNESS, "Sync freshness", CheckStatus.FAIL, true,
                    newest == null ? "No sync has completed and no interactions were ingested."
                            : "No sync has completed and the newest ingest is "
                                    + Duration.between(newest, now).toMinutes() + " min old (limit "
                                    + t.maxSyncAgeMinutes() + " min).");
        }
        Duration age = Duration.between(view.lastSyncAt(), now);
        if (age.compareTo(maxAge) > 0) {
            return new ReadinessCheck(ReadinessCheck.SYNC_FRESHNESS, "Sync freshness", CheckStatus.FAIL, true,
                    "Last successful sync " + age.toMinutes() + " min ago (limit " + t.maxSyncAgeMinutes() + " min).");
        }
        if (view.state() == SellerSyncView.State.SYNCING) {
            return new ReadinessCheck(ReadinessCheck.SYNC_STATUS, "Sync status", CheckStatus.WARN, true,
                    "A sync is running; last success " + age.toMinutes() + " min ago.");
        }
        return new ReadinessCheck(ReadinessCheck.SYNC_FRESHNESS, "Sync freshness", CheckStatus.PASS, true,
                "Last successful sync " + age.toMinutes() + " min ago (limit " + t.maxSyncAgeMinutes() + " min).");
    }

    private Instant newestUpdate(SellerId sellerId) {
        Instant[] newest = {null};
        InboxScans.forEach(interactions, InboxQuery.builder(sellerId), i -> {
            if (newest[0] == null || i.updatedAt().isAfter(newest[0])) {
                newest[0] = i.updatedAt();
            }
        });
        return newest[0];
    }

    private static ReadinessCheck coverage(QualitySnapshot snapshot, Set<Channel> channels, boolean required) {
        List<String> missing = channels.stream()
                .filter(c -> snapshot.pipelineByChannel().get(c).interactionsTotal() == 0)
                .map(Channel::wire).sorted().toList();
        String code = required ? ReadinessCheck.CHANNEL_COVERAGE : ReadinessCheck.CHANNEL_COVERAGE_RECOMMENDED;
        String title = required ? "Required channel coverage" : "Recommended channel coverage";
        String wanted = channels.stream().map(Channel::wire).sorted().collect(Collectors.joining(", "));
        if (missing.isEmpty()) {
            return new ReadinessCheck(code, title, CheckStatus.PASS, required,
                    channels.isEmpty() ? "No channels configured." : "Interactions present in: " + wanted + ".");
        }
        return new ReadinessCheck(code, title, required ? CheckStatus.FAIL : CheckStatus.WARN, required,
                "No interactions in: " + String.join(", ", missing) + ".");
    }

    private ReadinessCheck overdue(SellerId sellerId, ReadinessThresholds t, Instant now) {
        QuestionSlaSummary sla = ops.questionSla(sellerId, now);
        boolean fail = sla.overdueTotal() > t.maxOverdueQuestions();
        return new ReadinessCheck(ReadinessCheck.QUESTION_SLA_OVERDUE, "Overdue questions",
                fail ? CheckStatus.FAIL : CheckStatus.PASS, true,
                sla.overdueTotal() + " overdue open question(s) (allowed " + t.maxOverdueQuestions() + ").");
    }

    private static ReadinessCheck manualRate(QualitySnapshot month, ReadinessThresholds t) {
        boolean warn = month.totals().manualRate().compareTo(t.maxManualRate()) > 0;
        return new ReadinessCheck(ReadinessCheck.QUALITY_MANUAL_RATE, "Manual-reply rate",
                warn ? CheckStatus.WARN : CheckStatus.PASS, false,
                "Manual rate " + month.totals().manualRate().toPlainString() + " over " + MANUAL_RATE_WINDOW_DAYS
                        + " days, " + month.totals().repliesTotal() + " replies (max "
                        + t.maxManualRate().toPlainString() + ").");
    }

    private static ReadinessCheck regression(ManualRateRegression r) {
        return new ReadinessCheck(ReadinessCheck.QUALITY_REGRESSION, "Quality regression",
                r.regressionDetected() ? CheckStatus.WARN : CheckStatus.PASS, false,
                "Manual rate " + r.previousManualRate().toPlainString() + " → " + r.currentManualRate().toPlainString()
                        + " week over week (delta " + r.manualRateDelta().toPlainString() + ", threshold "
                        + r.threshold().toPlainString() + ").");
    }

    private static ReadinessCheck backlog(QualitySnapshot month, ReadinessThresholds t) {
        long open = month.pipeline().needsResponseTotal();
        return new ReadinessCheck(ReadinessCheck.OPEN_BACKLOG, "Open backlog",
                open > t.maxOpenBacklog() ? CheckStatus.WARN : CheckStatus.PASS, false,
                open + " interaction(s) need a response (max " + t.maxOpenBacklog() + ").");
    }

    private ReadinessCheck replyActivity(SellerId sellerId, QualitySnapshot window, ReadinessThresholds t,
            Instant now) {
        long replies = window.totals().repliesTotal();
        if (replies >= t.minReplyActivity()) {
            return new ReadinessCheck(ReadinessCheck.REPLY_ACTIVITY, "Reply activity", CheckStatus.PASS, false,
                    replies + " repl(ies) sent through AgentIQ in " + t.replyActivityWindowDays() + " days (min "
                            + t.minReplyActivity() + ").");
        }
        Instant from = now.minus(Duration.ofDays(t.replyActivityWindowDays()));
        long[] answered = {0};
        if (!t.requiredChannels().isEmpty()) {
            InboxScans.forEach(interactions,
                    InboxQuery.builder(sellerId).channels(t.requiredChannels()).needsResponse(false), i -> {
                        if (!activityTime(i).isBefore(from)) {
                            answered[0]++;
                        }
                    });
        }
        String channels = t.requiredChannels().stream().map(Channel::wire).sorted()
                .collect(Collectors.joining(", "));
        if (answered[0] >= t.minReplyActivity()) {
            return new ReadinessCheck(ReadinessCheck.REPLY_ACTIVITY, "Reply activity", CheckStatus.PASS, false,
                    replies + " repl(ies) through AgentIQ, but the source shows " + answered[0]
                            + " answered interaction(s) in " + channels + " within " + t.replyActivityWindowDays()
                            + " days (baseline; min " + t.minReplyActivity() + ").");
        }
        return new ReadinessCheck(ReadinessCheck.REPLY_ACTIVITY, "Reply activity", CheckStatus.WARN, false,
                replies + " repl(ies) through AgentIQ and " + answered[0] + " answered in the source within "
                        + t.replyActivityWindowDays() + " days (min " + t.minReplyActivity() + ").");
    }

    private static Instant activityTime(Interaction i) {
        return i.data().occurredAt() != null ? i.data().occurredAt() : i.updatedAt();
    }
}
