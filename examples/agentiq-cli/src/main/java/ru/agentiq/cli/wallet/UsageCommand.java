package ru.agentiq.cli.wallet;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.usage.UsageBucket;
import ru.agentiq.billing.usage.UsageSummary;
import ru.agentiq.billing.usage.UsageSummaryQuery;
import ru.agentiq.cli.EmbeddedStore;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.ValidationException;

/** {@code agentiq wallet usage}: the admin usage summary, optionally bucketed by day, week or month. */
@Command(name = "usage", mixinStandardHelpOptions = true,
        description = "Summarise LLM usage: totals, per-model breakdown and day/week/month buckets.")
final class UsageCommand implements Callable<Integer> {

    @ParentCommand
    private WalletCommand wallet;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DemoOption demo;

    @Option(names = "--bucket", paramLabel = "day|week|month",
            description = "Group by calendar day, week (from Monday) or month; none by default.")
    private String bucket;

    @Option(names = "--user", paramLabel = "USER", description = "Only this user's usage.")
    private String user;

    @Option(names = "--model", paramLabel = "ALIAS", description = "Only this model alias.")
    private String model;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day included.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day included.")
    private LocalDate to;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of calendar days (default: ${DEFAULT-VALUE}).")
    private ZoneId zone;

    @Override
    public Integer call() {
        EmbeddedStore store = wallet.store();
        if (demo.demo) {
            WalletDemo.seed(store);
        }
        UsageSummaryQuery query = new UsageSummaryQuery(user == null ? null : AccountId.of(user), model,
                bucket(), from, to);
        UsageSummary summary = store.usageReports(zone).summary(query);
        spec.commandLine().getOut().println(Json.pretty(WalletJson.summary(summary)));
        return 0;
    }

    private UsageBucket bucket() {
        if (bucket == null) {
            return null;
        }
        try {
            return UsageBucket.fromWire(bucket);
        } catch (ValidationException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
