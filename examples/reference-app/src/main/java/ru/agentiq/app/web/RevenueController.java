package ru.agentiq.app.web;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.agentiq.app.security.ApiCaller;
import ru.agentiq.app.web.AnalyticsController.NegativeReviewsView;
import ru.agentiq.app.web.AnalyticsController.QuestionsView;
import ru.agentiq.app.web.AnalyticsController.RangeView;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.analytics.AnalyticsConfig;
import ru.agentiq.core.analytics.ChannelMetrics;
import ru.agentiq.core.analytics.CommunicationAnalytics;
import ru.agentiq.core.analytics.CommunicationReport;
import ru.agentiq.core.analytics.Range;
import ru.agentiq.core.analytics.RevenueCoefficients;
import ru.agentiq.core.analytics.RevenueEstimate;
import ru.agentiq.core.analytics.SourceAnalytics;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.SellerId;

/**
 * {@code GET /api/interactions/metrics/revenue} (seed §h.6): money at stake in negative reviews and slow answers to
 * questions. Unlike the seed, every figure is a range ({@code low}, {@code high}) because the coefficients behind it
 * were never measured, and one data source is reported at a time ({@code source}, default {@code wb_api}) so WB's
 * numbers never absorb fallback or demo data.
 */
@RestController
@RequestMapping("/api/interactions/metrics")
public class RevenueController {

    private final CommunicationAnalytics analytics;

    public RevenueController(CommunicationAnalytics analytics) {
        this.analytics = analytics;
    }

    public record CoefficientsView(RangeView avgOrderValue, RangeView conversionDropPerStar,
            RangeView negativeSaveRate, RangeView fastResponseBoost, RangeView repeatPurchaseFactor,
            BigDecimal atRiskShare, long slaThresholdMinutes) {
        static CoefficientsView of(RevenueCoefficients k) {
            return new CoefficientsView(RangeView.of(k.averageOrderValue()), RangeView.of(k.conversionDropPerStar()),
                    RangeView.of(k.negativeSaveRate()), RangeView.of(k.fastResponseBoost()),
                    RangeView.of(k.repeatPurchaseFactor()), k.atRiskShare(), k.slaThreshold().toMinutes());
        }
    }

    public record RevenueResponse(Instant generatedAt, int periodDays, Instant periodStart, Instant periodEnd,
            String source, String label, boolean isEstimate, long totalInteractionsAnalyzed,
            RangeView revenueAtRiskMonthly, RangeView revenueSavedMonthly, RangeView potentialAdditionalSavings,
            RangeView questionRevenueImpact, RangeView responseTimeRoiPercent, NegativeReviewsView negativeReviews,
            QuestionsView questions, CoefficientsView coefficients) {
    }

    /**
     * @param periodDays    1..365, default 30
     * @param avgOrderValue the seller's average order value in rubles, ≥ 0 (default the model's 2000)
     * @param source        {@code wb_api} (default), {@code wbcon_fallback} or {@code demo}
     */
    @GetMapping("/revenue")
    public RevenueResponse revenue(@AuthenticationPrincipal ApiCaller caller,
            @RequestParam(name = "period_days", defaultValue = "30") int periodDays,
            @RequestParam(name = "avg_order_value", required = false) BigDecimal avgOrderValue,
            @RequestParam(defaultValue = "wb_api") String source) {
        SellerId seller = Callers.seller(caller);
        Bounds.check("period_days", periodDays, 1, AnalyticsConfig.MAX_PERIOD_DAYS);
        InteractionSource wanted = InteractionSource.fromWire(source);
        CommunicationAnalytics model = analytics;
        if (avgOrderValue != null) {
            if (avgOrderValue.signum() < 0) {
                throw new ValidationException("avg_order_value must be at least 0, was "
                        + avgOrderValue.toPlainString());
            }
            AnalyticsConfig config = analytics.config();
            model = analytics.withConfig(config.withRevenue(
                    config.revenue().withAverageOrderValue(Range.exactly(avgOrderValue))));
        }
        CommunicationReport report = model.report(seller, periodDays);
        SourceAnalytics section = report.source(wanted).orElse(null);
        RevenueEstimate r = section == null ? nothing(wanted) : section.revenue();
        long analysed = section == null ? 0
                : section.channels().stream().mapToLong(ChannelMetrics::interactionsTotal).sum();
        return new RevenueResponse(report.generatedAt(), report.periodDays(), report.periodStart(),
                report.periodEnd(), wanted.wire(), SourceAnalytics.labelOf(wanted), wanted != InteractionSource.WB_API,
                analysed, RangeView.of(r.revenueAtRisk()), RangeView.of(r.revenueSaved()),
                RangeView.of(r.potentialAdditionalSavings()), RangeView.of(r.questionRevenueImpact()),
                RangeView.of(r.responseTimeRoiPercent()),
                new NegativeReviewsView(r.negativeReviewsTotal(), r.negativeReviewsResponded(),
                        r.negativeReviewsUnresolved(), r.negativeReviewsRespondedInSla()),
                new QuestionsView(r.questionsTotal(), r.questionsResponded(), r.questionsRespondedFast()),
                CoefficientsView.of(model.config().revenue()));
    }

    /** A source with no interactions in the period has nothing at stake. */
    private static RevenueEstimate nothing(InteractionSource source) {
        Range zero = Range.exactly(BigDecimal.ZERO.setScale(2));
        return new RevenueEstimate(source, 0, 0, 0, 0, 0, 0, 0, zero, zero, zero, zero, zero);
    }
}
