package ru.agentiq.cli.guardrails;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.guardrails.GuardrailFinding;
import ru.agentiq.core.guardrails.GuardrailStage;
import ru.agentiq.core.guardrails.Guardrails;
import ru.agentiq.core.guardrails.ReplyVerdict;
import ru.agentiq.core.interaction.Channel;

/**
 * {@code agentiq guardrails check}: checks one reply with the default guardrails and prints
 * {@code {valid, violations, warnings}} as JSON. The exit code is 0 whether the reply is valid or not.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a reply against the channel guardrails and print the verdict as JSON (exit code 0"
                + " whether or not the reply is valid).",
                "At --stage send (the default) error-severity findings are violations and make the reply invalid;"
                        + " at --stage draft nothing blocks and every finding is listed as a warning with the"
                        + " severity it would have when sent."})
public final class GuardrailsCheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--channel", required = true, paramLabel = "CHANNEL", converter = ChannelConverter.class,
            description = "review, question or chat.")
    private Channel channel;

    @Option(names = "--text", required = true, paramLabel = "REPLY", description = "The reply to check.")
    private String text;

    @Option(names = "--customer-text", paramLabel = "TEXT",
            description = "What the buyer wrote (a reply may mention returns only if the buyer asked).")
    private String customerText;

    @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "send", converter = StageConverter.class,
            description = "draft or send (default: ${DEFAULT-VALUE}).")
    private GuardrailStage stage;

    @Override
    public Integer call() {
        ReplyVerdict verdict = Guardrails.defaults().check(stage, channel, text, customerText);
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.pretty(toJson(verdict)));
        out.flush();
        return 0;
    }

    /** The verdict in the seed's snake_case shape. */
    public static ObjectNode toJson(ReplyVerdict verdict) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("valid", verdict.valid());
        node.set("violations", findings(verdict.violations()));
        node.set("warnings", findings(verdict.warnings()));
        return node;
    }

    private static ArrayNode findings(List<GuardrailFinding> findings) {
        ArrayNode array = Json.mapper().createArrayNode();
        for (GuardrailFinding f : findings) {
            ObjectNode node = array.addObject();
            node.put("type", f.type().wire());
            node.put("category", f.category());
            node.put("phrase", f.phrase());
            node.put("severity", f.severity().wire());
            node.put("message", f.message());
        }
        return array;
    }

    /** Reads {@code review|question|chat}. */
    static final class ChannelConverter implements CommandLine.ITypeConverter<Channel> {
        @Override
        public Channel convert(String value) {
            try {
                return Channel.fromWire(value);
            } catch (AgentIqException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads {@code draft|send}. */
    static final class StageConverter implements CommandLine.ITypeConverter<GuardrailStage> {
        @Override
        public GuardrailStage convert(String value) {
            try {
                return GuardrailStage.fromWire(value);
            } catch (AgentIqException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
