package ru.agentiq.cli.ops;

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
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.ops.OpsAlert;
import ru.agentiq.core.ops.OpsReport;
import ru.agentiq.core.ops.QuestionSlaSummary;
import ru.agentiq.core.ops.SyncHealth;
import ru.agentiq.core.quality.ManualRateRegression;

/** {@code agentiq alerts}: question SLA, manual-rate regression and sync health alerts. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Ops alerts: questions overdue or due within 60 min, manual-rate regression week over week,"
                + " sync health (seeds the demo data when the store is empty).")
public final class AlertsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--seller", paramLabel = "ID", defaultValue = "1", converter = SellerIdConverter.class,
            description = "Seller id (default: ${DEFAULT-VALUE}).")
    private SellerId seller;

    @Option(names = "--json", description = "Print JSON (the seed's snake_case fields).")
    private boolean json;

    @Override
    public Integer call() {
        Workspace w = Workspace.open(storeOptions, seller);
        OpsReport report = w.ops().report(seller);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(toJson(report)));
        } else {
            QuestionSlaSummary q = report.questionSla();
            ManualRateRegression r = report.qualityRegression();
            SyncHealth s = report.syncHealth();
            out.printf("Ops alerts · seller %s · %s%n%n", seller, report.generatedAt());
            out.printf("Question SLA   open %d · with SLA %d · overdue %d · due soon %d · oldest overdue %d min%n",
                    q.openQuestionsTotal(), q.withSlaTotal(), q.overdueTotal(), q.dueSoonTotal(),
                    q.oldestOverdueMinutes());
            out.printf("Manual rate    %s → %s (delta %s, threshold %s)%s%n", r.previousManualRate().toPlainString(),
                    r.currentManualRate().toPlainString(), r.manualRateDelta().toPlainString(),
                    r.threshold().toPlainString(), r.regressionDetected() ? " REGRESSION" : "");
            out.printf("Sync health    %s · %s%n%n", s.status().wire(), s.message());
            if (report.alerts().isEmpty()) {
                out.println("No active alerts.");
            }
            for (OpsAlert a : report.alerts()) {
                out.printf("%-8s %-32s %s%n", a.severity().wire().toUpperCase(java.util.Locale.ROOT), a.code(),
                        a.message());
            }
        }
        out.flush();
        return 0;
    }

    static ObjectNode toJson(OpsReport report) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("generated_at", report.generatedAt().toString());
        QuestionSlaSummary q = report.questionSla();
        ObjectNode sla = root.putObject("question_sla");
        sla.put("open_questions_total", q.openQuestionsTotal());
        sla.put("with_sla_total", q.withSlaTotal());
        sla.put("overdue_total", q.overdueTotal());
        sla.put("due_soon_total", q.dueSoonTotal());
        sla.put("oldest_overdue_minutes", q.oldestOverdueMinutes());
        ManualRateRegression r = report.qualityRegression();
        ObjectNode reg = root.putObject("quality_regression");
        reg.put("current_window_days", r.currentWindowDays());
        reg.put("previous_window_days", r.previousWindowDays());
        reg.put("current_manual_rate", r.currentManualRate());
        reg.put("previous_manual_rate", r.previousManualRate());
        reg.put("manual_rate_delta", r.manualRateDelta());
        reg.put("regression_detected", r.regressionDetected());
        reg.put("manual_rate_regression_threshold", r.threshold());
        SyncHealth s = report.syncHealth();
        ObjectNode sync = root.putObject("sync_health");
        sync.put("seller_id", s.sellerId().value());
        sync.put("status", s.status().wire());
        sync.put("message", s.message());
        if (s.lastSyncAgeSeconds() == null) {
            sync.putNull("last_sync_age_seconds");
        } else {
            sync.put("last_sync_age_seconds", s.lastSyncAgeSeconds());
        }
        sync.put("error_rate", s.errorRate());
        sync.put("rate_limited_recent", s.rateLimitedRecent());
        sync.put("zero_fetch_streak", s.zeroFetchStreak());
        ArrayNode alerts = root.putArray("alerts");
        for (OpsAlert a : report.alerts()) {
            alerts.addObject().put("code", a.code()).put("severity", a.severity().wire()).put("title", a.title())
                    .put("message", a.message());
        }
        return root;
    }
}
