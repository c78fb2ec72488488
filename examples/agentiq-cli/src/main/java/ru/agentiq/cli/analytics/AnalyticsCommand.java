package ru.agentiq.cli.analytics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ru.agentiq.cli.Converters.SellerIdConverter;
import ru.agentiq.cli.StoreOptions;
import ru.agentiq.cli.Workspace;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.analytics.ChannelMetrics;
import ru.agentiq.core.analytics.CommunicationAnalytics;
import ru.agentiq.core.analytics.CommunicationReport;
import ru.agentiq.core.analytics.DurationStats;
import ru.agentiq.core.analytics.Range;
import ru.agentiq.core.analytics.RevenueEstimate;
import ru.agentiq.core.analytics.SourceAnalytics;
import ru.agentiq.core.interaction.SellerId;

/** {@code agentiq analytics}: communication KPIs per source and channel, money as ranges. */
@Command(name = "analytics", mixinStandardHelpOptions = true,
        description = "Communication analytics per data source and channel: first response time, SLA hit rate,"
                + " quality pass rate, repeat issues, operator throughput, time to close; revenue estimates as"
                + " ranges.")
public final class AnalyticsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--seller", paramLabel = "ID", defaultValue = "1", converter = SellerIdConverter.class,
            description = "Seller id (default: ${DEFAULT-VALUE}).")
    private SellerId seller;

    @Option(names = "--days", paramLabel = "N", defaultValue = "30", description = "Period, 1..365 days"
            + " (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--json", description = "Print JSON (snake_case).")
    private boolean json;

    @Override
    public Integer call() {
        if (days < 1 || days > 365) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--days must be 1..365, was " + days);
        }
        Workspace w = Workspace.open(storeOptions, seller);
        CommunicationReport report = new CommunicationAnalytics(w.store().interactions(), w.store().events(),
                w.store().clock()).report(seller, days);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(toJson(report)));
            out.flush();
            return 0;
        }
        out.printf("Communication analytics · seller %s · last %d days%n", seller, days);
        if (report.sources().isEmpty()) {
            out.println("\nNo interactions in the period.");
        }
        for (SourceAnalytics s : report.sources()) {
            out.printf("%nSource: %s%s%n", s.label(), s.estimate() ? "  [estimate — not WB API data]" : "");
            out.printf("%-9s %6s %6s %9s %9s %8s %8s %8s %9s %9s%n", "CHANNEL", "ITEMS", "ANSW", "FRT p50", "FRT p90",
                    "SLA HIT", "QUALITY", "REPEAT", "REPL/HOUR", "CLOSE p50");
            for (ChannelMetrics m : s.channels()) {
                out.printf("%-9s %6d %6d %9s %9s %8s %8s %8s %9s %9s%n", m.channel().wire(), m.interactionsTotal(),
                        m.respondedTotal(), minutes(m.firstResponse().medianMinutes()),
                        minutes(m.firstResponse().p90Minutes()), pct(m.slaHitRate(), m.slaSample()),
                        pct(m.qualityPassRate(), m.qualitySample()), pct(m.repeatIssueRate(), m.repeatSample()),
                        m.operatorRepliesPerHour().toPlainString(), minutes(m.timeToClose().medianMinutes()));
            }
            RevenueEstimate r = s.revenue();
            out.printf("Revenue at risk %s ₽ · saved %s ₽ · could still save %s ₽ · fast answers to questions %s ₽"
                    + " (ROI %s %%)%n", r.revenueAtRisk(), r.revenueSaved(), r.potentialAdditionalSavings(),
                    r.questionRevenueImpact(), r.responseTimeRoiPercent());
        }
        out.flush();
        return 0;
    }

    private static String minutes(Long m) {
        return m == null ? "—" : m + " min";
    }

    private static String pct(java.math.BigDecimal rate, long sample) {
        return sample == 0 ? "—" : rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
    }

    static ObjectNode toJson(CommunicationReport report) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("generated_at", report.generatedAt().toString());
        root.put("period_days", report.periodDays());
        root.put("period_start", report.periodStart().toString());
        root.put("period_end", report.periodEnd().toString());
        ArrayNode sources = root.putArray("sources");
        for (SourceAnalytics s : report.sources()) {
            ObjectNode node = sources.addObject();
            node.put("source", s.source().wire());
            node.put("label", s.label());
            node.put("is_estimate", s.estimate());
            ArrayNode channels = node.putArray("channels");
            for (ChannelMetrics m : s.channels()) {
                ObjectNode c = channels.addObject();
                c.put("channel", m.channel().wire());
                c.put("source", m.source().wire());
                c.put("interactions_total", m.interactionsTotal());
                c.put("responded_total", m.respondedTotal());
                stats(c.putObject("first_response_time"), m.firstResponse());
                c.put("sla_hit_rate", m.slaHitRate());
                c.put("sla_sample", m.slaSample());
                c.put("quality_pass_rate", m.qualityPassRate());
                c.put("quality_sample", m.qualitySample());
                c.put("repeat_issue_rate", m.repeatIssueRate());
                c.put("repeat_sample", m.repeatSample());
                c.put("operator_replies_per_hour", m.operatorRepliesPerHour());
                c.put("operator_replies", m.operatorReplies());
                stats(c.putObject("time_to_close"), m.timeToClose());
            }
            RevenueEstimate r = s.revenue();
            ObjectNode rev = node.putObject("revenue");
            rev.put("source", r.source().wire());
            range(rev.putObject("revenue_at_risk"), r.revenueAtRisk());
            range(rev.putObject("revenue_saved"), r.revenueSaved());
            range(rev.putObject("potential_additional_savings"), r.potentialAdditionalSavings());
            range(rev.putObject("question_revenue_impact"), r.questionRevenueImpact());
            range(rev.putObject("response_time_roi_percent"), r.responseTimeRoiPercent());
            ObjectNode neg = rev.putObject("negative_reviews");
            neg.put("total", r.negativeReviewsTotal());
            neg.put("responded", r.negativeReviewsResponded());
            neg.put("unresolved", r.negativeReviewsUnresolved());
            neg.put("responded_in_sla", r.negativeReviewsRespondedInSla());
            ObjectNode q = rev.putObject("questions");
            q.put("total", r.questionsTotal());
            q.put("responded", r.questionsResponded());
            q.put("responded_fast", r.questionsRespondedFast());
        }
        return root;
    }

    private static void stats(ObjectNode node, DurationStats s) {
        node.put("samples", s.samples());
        if (s.medianMinutes() == null) {
            node.putNull("median_minutes");
            node.putNull("p90_minutes");
        } else {
            node.put("median_minutes", s.medianMinutes());
            node.put("p90_minutes", s.p90Minutes());
        }
    }

    private static void range(ObjectNode node, Range r) {
        node.put("low", r.low());
        node.put("high", r.high());
    }
}
