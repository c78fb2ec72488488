package ru.agentiq.cli.timeline;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.agentiq.cli.json.InteractionLines;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.NotFoundException;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.linking.ActionPolicy;
import ru.agentiq.core.timeline.TimelineOptions;
import ru.agentiq.core.timeline.TimelineService;

/** {@code agentiq timeline}: prints the deterministic thread timeline of one interaction of a JSON Lines file. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Print the thread timeline of one interaction as JSON: the touches of the same order, buyer or"
                + " (within the product window) product across channels, oldest first, each with match_reason,"
                + " confidence, action policy, is_current, wb_url, last_reply_text and last_ai_draft_text.",
                "Input: one interaction per line in the JSON of 'agentiq demo --json' (that command's array works"
                        + " too)."})
public final class TimelineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", required = true,
            description = "Interactions, one JSON object per line; '-' reads standard input.")
    private String input;

    @Option(names = "--id", paramLabel = "ID", required = true, description = "Interaction id of the thread's anchor.")
    private long id;

    @Option(names = "--window-days", paramLabel = "DAYS", defaultValue = "45",
            description = "Product window in days, 1..180 (default: ${DEFAULT-VALUE}).")
    private int windowDays;

    @Option(names = "--max-items", paramLabel = "N", defaultValue = "100",
            description = "At most this many steps, 1..300 (default: ${DEFAULT-VALUE}).")
    private int maxItems;

    @Override
    public Integer call() {
        if (windowDays < 1 || windowDays > TimelineOptions.MAX_PRODUCT_WINDOW_DAYS) {
            throw new ParameterException(spec.commandLine(), "--window-days must be 1.."
                    + TimelineOptions.MAX_PRODUCT_WINDOW_DAYS + ", was " + windowDays);
        }
        if (maxItems < 1 || maxItems > TimelineOptions.MAX_ITEMS) {
            throw new ParameterException(spec.commandLine(), "--max-items must be 1.." + TimelineOptions.MAX_ITEMS
                    + ", was " + maxItems);
        }
        TimelineOptions options = new TimelineOptions(windowDays, maxItems);
        List<Interaction> interactions = InteractionLines.read(input);
        Interaction anchor = interactions.stream().filter(i -> i.id().value() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("interaction " + id + " is not in " + input));
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.pretty(TimelineJson.toJson(
                TimelineService.build(anchor, interactions, options, ActionPolicy.defaults()))));
        out.flush();
        return 0;
    }
}
