package ru.agentiq.app.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.agentiq.app.security.ApiCaller;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.ops.OpsAlert;
import ru.agentiq.core.ops.OpsAlertService;
import ru.agentiq.core.ops.OpsReport;
import ru.agentiq.core.ops.PilotReadiness;
import ru.agentiq.core.ops.QuestionSlaSummary;
import ru.agentiq.core.ops.ReadinessReport;
import ru.agentiq.core.ops.ReadinessThresholds;
import ru.agentiq.core.ops.SyncHealth;
import ru.agentiq.core.quality.ManualRateRegression;
import ru.agentiq.core.quality.PipelineCounts;
import ru.agentiq.core.quality.QualityCounts;
import ru.agentiq.core.quality.QualityDay;
import ru.agentiq.core.quality.QualityService;
import ru.agentiq.core.quality.QualitySnapshot;

/** {@code /api/interactions/metrics/*}: reply quality, its history, ops alerts and the pilot go/no-go gate. */
@RestController
@RequestMapping("/api/interactions/metrics")
public class MetricsController {

    private final QualityService quality;
    private final OpsAlertService ops;
    private final PilotReadiness readiness;

    public MetricsController(QualityService quality, OpsAlertService ops, PilotReadiness readiness) {
        this.quality = quality;
        this.ops = ops;
        this.readiness = readiness;
    }

    /** Counts and rates of one channel or of all (seed §e.2). */
    public record CountsView(long repliesTotal, long draftGenerated, long draftCacheHits, long draftAccepted,
            long draftEdited, long replyManual, long lightlyEdited, BigDecimal acceptRate, BigDecimal editRate,
            BigDecimal manualRate) {
        static CountsView of(QualityCounts c) {
            return new CountsView(c.repliesTotal(), c.draftGenerated(), c.draftCacheHits(), c.draftAccepted(),
                    c.draftEdited(), c.replyManual(), c.lightlyEdited(), c.acceptRate(), c.editRate(),
                    c.manualRate());
        }
    }

    public record PipelineView(long interactionsTotal, long needsResponseTotal, long respondedTotal) {
        static PipelineView of(PipelineCounts p) {
            return new PipelineView(p.interactionsTotal(), p.needsResponseTotal(), p.respondedTotal());
        }
    }

    public record QualityView(int periodDays, Instant generatedFrom, Instant generatedTo, String channel,
            CountsView totals, Map<String, CountsView> byChannel, PipelineView pipeline,
            Map<String, PipelineView> pipelineByChannel) {
    }

    public record DayView(LocalDate date, long repliesTotal, long draftAccepted, long draftEdited, long replyManual,
            long lightlyEdited, BigDecimal acceptRate, BigDecimal editRate, BigDecimal manualRate) {
    }

    public record QualityHistoryView(int days, String channel, List<DayView> history) {
    }

    public record QuestionSlaView(long openQuestionsTotal, long withSlaTotal, long overdueTotal, long dueSoonTotal,
            long oldestOverdueMinutes) {
    }

    public record RegressionView(int currentWindowDays, int previousWindowDays, BigDecimal currentManualRate,
            BigDecimal previousManualRate, BigDecimal manualRateDelta, boolean regressionDetected,
            BigDecimal manualRateRegressionThreshold) {
    }

    public record SyncHealthView(long sellerId, String status, String message, Long lastSyncAgeSeconds,
            BigDecimal errorRate, boolean rateLimitedRecent, int zeroFetchStreak) {
    }

    public record AlertView(String code, String severity, String title, String message) {
        static AlertView of(OpsAlert a) {
            return new AlertView(a.code(), a.severity().wire(), a.title(), a.message());
        }
    }

    public record OpsAlertsView(Instant generatedAt, QuestionSlaView questionSla, RegressionView qualityRegression,
            SyncHealthView syncHealth, List<AlertView> alerts) {
    }

    public record SummaryView(int totalChecks, long passed, long warnings, long failed, List<String> blockers) {
    }

    public record ThresholdsView(List<String> requiredChannels, List<String> recommendedChannels,
            int maxSyncAgeMinutes, int maxOverdueQuestions, BigDecimal maxManualRate, int maxOpenBacklog,
            int minReplyActivity, int replyActivityWindowDays) {
    }

    public record CheckView(String code, String title, String status, boolean blocker, String details) {
    }

    public record ReadinessView(Instant generatedAt, boolean goNoGo, String decision, SummaryView summary,
            ThresholdsView thresholds, List<CheckView> checks) {
    }

    /** Reply quality over the last {@code days} (1..365, default 30), optionally one channel (seed §e.2). */
    @GetMapping("/quality")
    public QualityView quality(@AuthenticationPrincipal ApiCaller caller,
            @RequestParam(defaultValue = "30") int days, @RequestParam(required = false) String channel) {
        SellerId seller = Callers.seller(caller);
        Bounds.check("days", days, 1, QualityService.MAX_DAYS);
        QualitySnapshot s = quality.snapshot(seller, days, channel(channel));
        Map<String, CountsView> byChannel = new LinkedHashMap<>();
        s.byChannel().entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.wire().compareTo(b.wire())))
                .forEach(e -> byChannel.put(e.getKey().wire(), CountsView.of(e.getValue())));
        Map<String, PipelineView> pipelineByChannel = new LinkedHashMap<>();
        s.pipelineByChannel().entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.wire().compareTo(b.wire())))
                .forEach(e -> pipelineByChannel.put(e.getKey().wire(), PipelineView.of(e.getValue())));
        return new QualityView(s.periodDays(), s.generatedFrom(), s.generatedTo(),
                s.channel() == null ? null : s.channel().wire(), CountsView.of(s.totals()), byChannel,
                PipelineView.of(s.pipeline()), pipelineByChannel);
    }

    /** One zero-filled point per UTC day, oldest first (seed §e.3). */
    @GetMapping("/quality-history")
    public QualityHistoryView qualityHistory(@AuthenticationPrincipal ApiCaller caller,
            @RequestParam(defaultValue = "30") int days, @RequestParam(required = false) String channel) {
        SellerId seller = Callers.seller(caller);
        Bounds.check("days", days, 1, QualityService.MAX_DAYS);
        Channel c = channel(channel);
        List<DayView> points = quality.history(seller, days, c).stream().map((QualityDay d) -> {
            QualityCounts k = d.counts();
            return new DayView(d.date(), k.repliesTotal(), k.draftAccepted(), k.draftEdited(), k.replyManual(),
                    k.lightlyEdited(), k.acceptRate(), k.editRate(), k.manualRate());
        }).toList();
        return new QualityHistoryView(days, c == null ? null : c.wire(), points);
    }

    /** Question SLA, manual-rate regression week over week, sync health, and the alerts they raise (seed §e.4). */
    @GetMapping("/ops-alerts")
    public OpsAlertsView opsAlerts(@AuthenticationPrincipal ApiCaller caller) {
        SellerId seller = Callers.seller(caller);
        OpsReport r = ops.report(seller);
        QuestionSlaSummary q = r.questionSla();
        ManualRateRegression m = r.qualityRegression();
        SyncHealth h = r.syncHealth();
        return new OpsAlertsView(r.generatedAt(),
                new QuestionSlaView(q.openQuestionsTotal(), q.withSlaTotal(), q.overdueTotal(), q.dueSoonTotal(),
                        q.oldestOverdueMinutes()),
                new RegressionView(m.currentWindowDays(), m.previousWindowDays(), m.currentManualRate(),
                        m.previousManualRate(), m.manualRateDelta(), m.regressionDetected(), m.threshold()),
                new SyncHealthView(h.sellerId().value(), h.status().wire(), h.message(), h.lastSyncAgeSeconds(),
                        h.errorRate(), h.rateLimitedRecent(), h.zeroFetchStreak()),
                r.alerts().stream().map(AlertView::of).toList());
    }

    /** The go/no-go gate: always eight checks; thresholds from the query within the seed's bounds (§e.5). */
    @GetMapping("/pilot-readiness")
    public ReadinessView pilotReadiness(@AuthenticationPrincipal ApiCaller caller,
            @RequestParam(name = "required_channels", required = false) String requiredChannels,
            @RequestParam(name = "recommended_channels", required = false) String recommendedChannels,
            @RequestParam(name = "max_sync_age_minutes", defaultValue = "30") int maxSyncAgeMinutes,
            @RequestParam(name = "max_overdue_questions", defaultValue = "0") int maxOverdueQuestions,
            @RequestParam(name = "max_manual_rate", defaultValue = "0.6") BigDecimal maxManualRate,
            @RequestParam(name = "max_open_backlog", defaultValue = "250") int maxOpenBacklog,
            @RequestParam(name = "min_reply_activity", defaultValue = "1") int minReplyActivity,
            @RequestParam(name = "reply_activity_window_days", defaultValue = "30") int replyActivityWindowDays) {
        SellerId seller = Callers.seller(caller);
        Bounds.check("max_sync_age_minutes", maxSyncAgeMinutes, ReadinessThresholds.MIN_SYNC_AGE_MINUTES,
                ReadinessThresholds.MAX_SYNC_AGE_MINUTES);
        Bounds.check("max_overdue_questions", maxOverdueQuestions, 0, ReadinessThresholds.MAX_OVERDUE_QUESTIONS);
        if (maxManualRate.signum() < 0 || maxManualRate.compareTo(BigDecimal.ONE) > 0) {
            throw new ValidationException("max_manual_rate must be 0..1, was " + maxManualRate);
        }
        Bounds.check("max_open_backlog", maxOpenBacklog, 0, ReadinessThresholds.MAX_OPEN_BACKLOG);
        Bounds.check("min_reply_activity", minReplyActivity, 0, ReadinessThresholds.MAX_REPLY_ACTIVITY);
        Bounds.check("reply_activity_window_days", replyActivityWindowDays, 1, ReadinessThresholds.MAX_WINDOW_DAYS);
        ReadinessThresholds t = ReadinessThresholds.builder()
                .requiredChannels(channels(requiredChannels, ReadinessThresholds.DEFAULT_REQUIRED_CHANNELS))
                .recommendedChannels(channels(recommendedChannels, ReadinessThresholds.DEFAULT_RECOMMENDED_CHANNELS))
                .maxSyncAgeMinutes(maxSyncAgeMinutes)
                .maxOverdueQuestions(maxOverdueQuestions)
                .maxManualRate(maxManualRate)
                .maxOpenBacklog(maxOpenBacklog)
                .minReplyActivity(minReplyActivity)
                .replyActivityWindowDays(replyActivityWindowDays)
                .build();
        ReadinessReport r = readiness.evaluate(seller, t);
        ReadinessThresholds e = r.thresholds();
        return new ReadinessView(r.generatedAt(), r.goNoGo(), r.decision(),
                new SummaryView(r.checks().size(), r.passed(), r.warnings(), r.failed(), r.blockers()),
                new ThresholdsView(sorted(e.requiredChannels()), sorted(e.recommendedChannels()),
                        e.maxSyncAgeMinutes(), e.maxOverdueQuestions(), e.maxManualRate(), e.maxOpenBacklog(),
                        e.minReplyActivity(), e.replyActivityWindowDays()),
                r.checks().stream().map(c -> new CheckView(c.code(), c.title(), c.status().wire(), c.blocker(),
                        c.details())).toList());
    }

    private static Channel channel(String value) {
        return value == null || value.isBlank() ? null : Channel.fromWire(value.strip());
    }

    private static Set<Channel> channels(String csv, Set<Channel> defaults) {
        if (csv == null) {
            return defaults;
        }
        Set<Channel> out = EnumSet.noneOf(Channel.class);
        Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Channel::fromWire)
                .forEach(out::add);
        return out;
    }

    private static List<String> sorted(Set<Channel> channels) {
        return channels.stream().map(Channel::wire).sorted().toList();
    }
}
