package ru.agentiq.app.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.agentiq.app.security.ApiCaller;
import ru.agentiq.core.analytics.AnalyticsConfig;
import ru.agentiq.core.analytics.ChannelMetrics;
import ru.agentiq.core.analytics.CommunicationAnalytics;
import ru.agentiq.core.analytics.CommunicationReport;
import ru.agentiq.core.analytics.DurationStats;
import ru.agentiq.core.analytics.Range;
import ru.agentiq.core.analytics.RevenueEstimate;
import ru.agentiq.core.analytics.SourceAnalytics;
import ru.agentiq.core.interaction.SellerId;

/** {@code /api/analytics/*}: communication analytics per data source and channel, with revenue estimates. */
@RestController
@RequestMapping("/api/analytics")
public class AnalyticsController {

    private final CommunicationAnalytics analytics;

    public AnalyticsController(CommunicationAnalytics analytics) {
        this.analytics = analytics;
    }

    public record DurationView(long samples, Long medianMinutes, Long p90Minutes) {
        static DurationView of(DurationStats s) {
            return new DurationView(s.samples(), s.medianMinutes(), s.p90Minutes());
        }
    }

    public record ChannelView(String channel, long interactionsTotal, long respondedTotal,
            DurationView firstResponseTime, BigDecimal slaHitRate, long slaSample, BigDecimal qualityPassRate,
            long qualitySample, BigDecimal repeatIssueRate, long repeatSample, BigDecimal operatorRepliesPerHour,
            long operatorReplies, DurationView timeToClose) {
        static ChannelView of(ChannelMetrics m) {
            return new ChannelView(m.channel().wire(), m.interactionsTotal(), m.respondedTotal(),
                    DurationView.of(m.firstResponse()), m.slaHitRate(), m.slaSample(), m.qualityPassRate(),
                    m.qualitySample(), m.repeatIssueRate(), m.repeatSample(), m.operatorRepliesPerHour(),
                    m.operatorReplies(), DurationView.of(m.timeToClose()));
        }
    }

    /** An estimate as a range; low equals high when the inputs were exact. */
    public record RangeView(BigDecimal low, BigDecimal high) {
        static RangeView of(Range r) {
            return new RangeView(r.low(), r.high());
        }
    }

    public record NegativeReviewsView(long total, long responded, long unresolved, long respondedInSla) {
    }

    public record QuestionsView(long total, long responded, long respondedFast) {
    }

    public record RevenueView(RangeView revenueAtRisk, RangeView revenueSaved, RangeView potentialAdditionalSavings,
            RangeView questionRevenueImpact, RangeView responseTimeRoiPercent, NegativeReviewsView negativeReviews,
            QuestionsView questions) {
        static RevenueView of(RevenueEstimate r) {
            return r == null ? null : new RevenueView(RangeView.of(r.revenueAtRisk()), RangeView.of(r.revenueSaved()),
                    RangeView.of(r.potentialAdditionalSavings()), RangeView.of(r.questionRevenueImpact()),
                    RangeView.of(r.responseTimeRoiPercent()),
                    new NegativeReviewsView(r.negativeReviewsTotal(), r.negativeReviewsResponded(),
                            r.negativeReviewsUnresolved(), r.negativeReviewsRespondedInSla()),
                    new QuestionsView(r.questionsTotal(), r.questionsResponded(), r.questionsRespondedFast()));
        }
    }

    public record SourceView(String source, String label, boolean isEstimate, List<ChannelView> channels,
            RevenueView revenue) {
        static SourceView of(SourceAnalytics s) {
            return new SourceView(s.source().wire(), s.label(), s.estimate(),
                    s.channels().stream().map(ChannelView::of).toList(), RevenueView.of(s.revenue()));
        }
    }

    public record CommunicationView(Instant generatedAt, int periodDays, Instant periodStart, Instant periodEnd,
            List<SourceView> sources) {
    }

    /**
     * First-response times, SLA hit rate, quality pass rate, repeat issues, operator throughput and time to close per
     * channel, and revenue estimates, over the last {@code period_days} (1..365, default 30); demo data is reported
     * apart from real data.
     */
    @GetMapping("/communication")
    public CommunicationView communication(@AuthenticationPrincipal ApiCaller caller,
            @RequestParam(name = "period_days", defaultValue = "30") int periodDays) {
        SellerId seller = Callers.seller(caller);
        Bounds.check("period_days", periodDays, 1, AnalyticsConfig.MAX_PERIOD_DAYS);
        CommunicationReport r = analytics.report(seller, periodDays);
        return new CommunicationView(r.generatedAt(), r.periodDays(), r.periodStart(), r.periodEnd(),
                r.sources().stream().map(SourceView::of).toList());
    }
}
