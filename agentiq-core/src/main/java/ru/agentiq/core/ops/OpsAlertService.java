package ru.agentiq.core.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.quality.InboxScans;
import ru.agentiq.core.quality.ManualRateRegression;
import ru.agentiq.core.quality.QualityService;

/**
 * Ops alerts of a seller (seed §e.4): open questions overdue or due within the window, the manual-rate regression and
 * sync health. Thread-safe when its collaborators are.
 *
 * <p>Deliberate difference from the seed: a question is overdue as soon as its due time has passed (the seed truncated
 * minutes left toward zero, so a question up to 59 seconds late still counted as "due soon").
 */
public final class OpsAlertService {

    /** The seed's due-soon window. */
    public static final Duration DEFAULT_DUE_SOON_WINDOW = Duration.ofMinutes(60);

    private final InteractionRepository interactions;
    private final QualityService quality;
    private final SyncHealthEvaluator syncHealth;
    private final Clock clock;
    private final Duration dueSoonWindow;

    public OpsAlertService(InteractionRepository interactions, QualityService quality, SyncHealthEvaluator syncHealth,
            Clock clock) {
        this(interactions, quality, syncHealth, clock, DEFAULT_DUE_SOON_WINDOW);
    }

    /** @param dueSoonWindow questions due within this (1 minute..7 days) are "due soon" */
    public OpsAlertService(InteractionRepository interactions, QualityService quality, SyncHealthEvaluator syncHealth,
            Clock clock, Duration dueSoonWindow) {
        this.interactions = Checks.required(interactions, "interactions");
        this.quality = Checks.required(quality, "quality");
        this.syncHealth = Checks.required(syncHealth, "syncHealth");
        this.clock = Checks.required(clock, "clock");
        Checks.required(dueSoonWindow, "dueSoonWindow");
        if (dueSoonWindow.compareTo(Duration.ofMinutes(1)) < 0 || dueSoonWindow.compareTo(Duration.ofDays(7)) > 0) {
            throw new ValidationException("dueSoonWindow must be 1 minute..7 days, was " + dueSoonWindow);
        }
        this.dueSoonWindow = dueSoonWindow;
    }

    public OpsReport report(SellerId sellerId) {
        Checks.required(sellerId, "sellerId");
        Instant now = clock.instant();
        QuestionSlaSummary sla = questionSla(sellerId, now);
        ManualRateRegression regression = quality.manualRateRegression(sellerId);
        SyncHealth sync = syncHealth.health(sellerId);
        List<OpsAlert> alerts = new ArrayList<>();
        if (sla.overdueTotal() > 0) {
            alerts.add(new OpsAlert(OpsAlert.SLA_OVERDUE_QUESTIONS, AlertSeverity.HIGH, "Questions past their SLA",
                    sla.overdueTotal() + " open question(s) are overdue; the oldest by " + sla.oldestOverdueMinutes()
                            + " min."));
        }
        if (sla.dueSoonTotal() > 0) {
            alerts.add(new OpsAlert(OpsAlert.SLA_DUE_SOON_QUESTIONS, AlertSeverity.MEDIUM, "Questions due soon",
                    sla.dueSoonTotal() + " open question(s) are due within " + dueSoonWindow.toMinutes() + " min."));
        }
        if (regression.regressionDetected()) {
            alerts.add(new OpsAlert(OpsAlert.QUALITY_MANUAL_RATE_REGRESSION, AlertSeverity.HIGH,
                    "Manual replies are rising",
                    "Manual-reply rate rose from " + regression.previousManualRate().toPlainString() + " to "
                            + regression.currentManualRate().toPlainString() + " week over week (threshold "
                            + regression.threshold().toPlainString() + ")."));
        }
        alerts.addAll(sync.alerts());
        alerts.sort(Comparator.comparing(OpsAlert::severity));
        return new OpsReport(now, sla, regression, sync, alerts);
    }

    /** Open questions against their due times at {@code now}. */
    public QuestionSlaSummary questionSla(SellerId sellerId, Instant now) {
        long[] open = {0};
        long[] withSla = {0};
        long[] overdue = {0};
        long[] dueSoon = {0};
        long[] oldestOverdueSeconds = {0};
        Instant dueSoonLimit = now.plus(dueSoonWindow);
        InboxScans.forEach(interactions,
                InboxQuery.builder(sellerId).channels(Channel.QUESTION).needsResponse(true), interaction -> {
                    open[0]++;
                    Instant due = interaction.data().slaDueAt();
                    if (due == null) {
                        return;
                    }
                    withSla[0]++;
                    if (due.isBefore(now)) {
                        overdue[0]++;
                        oldestOverdueSeconds[0] = Math.max(oldestOverdueSeconds[0],
                                Duration.between(due, now).toSeconds());
                    } else if (!due.isAfter(dueSoonLimit)) {
                        dueSoon[0]++;
                    }
                });
        return new QuestionSlaSummary(open[0], withSla[0], overdue[0], dueSoon[0], oldestOverdueSeconds[0] / 60);
    }
}
