package ru.agentiq.cli.quality;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.quality.ReplyClassification;
import ru.agentiq.core.quality.ReplyClassifier;

/** {@code agentiq quality classify --draft D --reply R}: accepted, edited (with edit ratio) or manual. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify a reply against the AI draft: draft_accepted, draft_edited (with edit distance and"
                + " ratio) or reply_manual (no draft).")
public final class ClassifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--draft", paramLabel = "TEXT", description = "The AI draft shown to the operator (omit or"
            + " leave empty for none).")
    private String draft;

    @Option(names = "--reply", paramLabel = "TEXT", required = true, description = "The reply that was sent.")
    private String reply;

    @Option(names = "--draft-source", paramLabel = "SOURCE", defaultValue = "llm",
            description = "Where the draft came from (default: ${DEFAULT-VALUE}).")
    private String draftSource;

    @Option(names = "--json", description = "Print JSON (snake_case).")
    private boolean json;

    @Override
    public Integer call() {
        ReplyClassification c = ReplyClassifier.instance().classify(draft, draftSource, reply);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = Json.mapper().createObjectNode();
            node.put("outcome", c.outcome().wire());
            node.put("draft_source", c.draftSource());
            if (c.editRatio() == null) {
                node.putNull("edit_distance");
                node.putNull("edit_ratio");
            } else {
                node.put("edit_distance", c.editDistance());
                node.put("edit_ratio", c.editRatio());
            }
            out.println(Json.pretty(node));
        } else if (c.editRatio() == null) {
            out.println(c.outcome().wire() + " (no draft to compare with)");
        } else {
            out.printf("%s · edit distance %d · edit ratio %s%n", c.outcome().wire(), c.editDistance(),
                    c.editRatio().toPlainString());
        }
        out.flush();
        return 0;
    }
}
