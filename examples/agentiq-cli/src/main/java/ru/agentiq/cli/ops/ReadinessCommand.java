package ru.agentiq.cli.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import ru.agentiq.cli.Converters.ChannelConverter;
import ru.agentiq.cli.Converters.SellerIdConverter;
import ru.agentiq.cli.StoreOptions;
import ru.agentiq.cli.Workspace;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.ops.ReadinessCheck;
import ru.agentiq.core.ops.ReadinessReport;
import ru.agentiq.core.ops.ReadinessThresholds;

/** {@code agentiq readiness}: the pilot go/no-go gate with its eight checks. */
@Command(name = "readiness", mixinStandardHelpOptions = true,
        description = "Pilot go/no-go: eight checks (sync, channel coverage, overdue questions, manual rate,"
                + " regression, backlog, reply activity); exit code 0 for both go and no-go.")
public final class ReadinessCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--seller", paramLabel = "ID", defaultValue = "1", converter = SellerIdConverter.class,
            description = "Seller id (default: ${DEFAULT-VALUE}).")
    private SellerId seller;

    @Option(names = "--required-channels", split = ",", paramLabel = "CHANNEL", converter = ChannelConverter.class,
            description = "Channels that must have interactions (default: review,question).")
    private List<Channel> required;

    @Option(names = "--recommended-channels", split = ",", paramLabel = "CHANNEL",
            converter = ChannelConverter.class, description = "Channels that should (default: chat).")
    private List<Channel> recommended;

    @Option(names = "--max-sync-age-minutes", paramLabel = "N", description = "5..1440 (default 30).")
    private Integer maxSyncAge;

    @Option(names = "--max-overdue-questions", paramLabel = "N", description = "0..10000 (default 0).")
    private Integer maxOverdue;

    @Option(names = "--max-manual-rate", paramLabel = "X", description = "0..1 (default 0.6).")
    private BigDecimal maxManualRate;

    @Option(names = "--max-open-backlog", paramLabel = "N", description = "0..100000 (default 250).")
    private Integer maxBacklog;

    @Option(names = "--min-reply-activity", paramLabel = "N", description = "0..10000 (default 1).")
    private Integer minReplies;

    @Option(names = "--reply-activity-window-days", paramLabel = "N", description = "1..365 (default 30).")
    private Integer windowDays;

    @Option(names = "--json", description = "Print JSON (the seed's snake_case fields).")
    private boolean json;

    @Override
    public Integer call() {
        ReadinessThresholds thresholds = thresholds();
        Workspace w = Workspace.open(storeOptions, seller);
        ReadinessReport report = w.readiness().evaluate(seller, thresholds);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(toJson(report)));
        } else {
            out.printf("Pilot readiness · seller %s · decision: %s%n", seller, report.decision().toUpperCase(
                    java.util.Locale.ROOT));
            out.printf("%d checks: %d passed, %d warnings, %d failed%s%n%n", report.checks().size(), report.passed(),
                    report.warnings(), report.failed(), report.blockers().isEmpty() ? ""
                            : " · blockers: " + String.join(", ", report.blockers()));
            for (ReadinessCheck c : report.checks()) {
                out.printf("%-4s %-30s %s%s%n", c.status().wire().toUpperCase(java.util.Locale.ROOT), c.code(),
                        c.details(), c.blocks() ? "  [blocker]" : "");
            }
        }
        out.flush();
        return 0;
    }

    private ReadinessThresholds thresholds() {
        try {
            ReadinessThresholds.Builder b = ReadinessThresholds.builder();
            if (required != null) {
                b.requiredChannels(Set.copyOf(EnumSet.copyOf(required)));
            }
            if (recommended != null) {
                b.recommendedChannels(Set.copyOf(EnumSet.copyOf(recommended)));
            }
            if (maxSyncAge != null) {
                b.maxSyncAgeMinutes(maxSyncAge);
            }
            if (maxOverdue != null) {
                b.maxOverdueQuestions(maxOverdue);
            }
            if (maxManualRate != null) {
                b.maxManualRate(maxManualRate);
            }
            if (maxBacklog != null) {
                b.maxOpenBacklog(maxBacklog);
            }
            if (minReplies != null) {
                b.minReplyActivity(minReplies);
            }
            if (windowDays != null) {
                b.replyActivityWindowDays(windowDays);
            }
            return b.build();
        } catch (ValidationException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static ObjectNode toJson(ReadinessReport report) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("generated_at", report.generatedAt().toString());
        root.put("go_no_go", report.goNoGo());
        root.put("decision", report.decision());
        ObjectNode summary = root.putObject("summary");
        summary.put("total_checks", report.checks().size());
        summary.put("passed", report.passed());
        summary.put("warnings", report.warnings());
        summary.put("failed", report.failed());
        ArrayNode blockers = summary.putArray("blockers");
        report.blockers().forEach(blockers::add);
        ReadinessThresholds t = report.thresholds();
        ObjectNode th = root.putObject("thresholds");
        ArrayNode req = th.putArray("required_channels");
        t.requiredChannels().stream().map(Channel::wire).sorted().forEach(req::add);
        ArrayNode rec = th.putArray("recommended_channels");
        t.recommendedChannels().stream().map(Channel::wire).sorted().forEach(rec::add);
        th.put("max_sync_age_minutes", t.maxSyncAgeMinutes());
        th.put("max_overdue_questions", t.maxOverdueQuestions());
        th.put("max_manual_rate", t.maxManualRate());
        th.put("max_open_backlog", t.maxOpenBacklog());
        th.put("min_reply_activity", t.minReplyActivity());
        th.put("reply_activity_window_days", t.replyActivityWindowDays());
        ArrayNode checks = root.putArray("checks");
        for (ReadinessCheck c : report.checks()) {
            checks.addObject().put("code", c.code()).put("title", c.title()).put("status", c.status().wire())
                    .put("blocker", c.blocker()).put("details", c.details());
        }
        return root;
    }
}
