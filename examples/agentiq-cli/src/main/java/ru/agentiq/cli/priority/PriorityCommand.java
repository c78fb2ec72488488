package ru.agentiq.cli.priority;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.priority.ChatMessage;
import ru.agentiq.core.priority.InteractionPrioritizer;
import ru.agentiq.core.priority.PriorityAssessment;

/**
 * {@code agentiq priority}: prioritises one review, question or chat with the default rules and prints the assessment
 * as JSON ({@code priority, intent, sla_target_minutes, sla_due_at, priority_reason, intent_detection_method,
 * needs_escalation, escalation_reason}; absent values are null).
 */
@Command(name = "priority", mixinStandardHelpOptions = true,
        description = {"Prioritise one review, question or chat and print priority, intent and SLA as JSON.",
                "Example: agentiq priority --channel question --occurred-at 2026-03-01T09:00:00Z"
                        + " --now 2026-03-01T10:00:00Z --text 'Какой размер взять на рост 176?'"})
public final class PriorityCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--channel", required = true, paramLabel = "CHANNEL",
            converter = ChannelConverter.class, description = "question, review or chat.")
    private Channel channel;

    @Option(names = "--text", paramLabel = "TEXT", description = "The buyer's text (reviews and questions).")
    private String text;

    @Option(names = "--message", paramLabel = "AUTHOR:TEXT",
            description = "A chat message, oldest first; AUTHOR is buyer or seller. Repeat for every message.")
    private List<String> messages = new ArrayList<>();

    @Option(names = "--rating", paramLabel = "N", description = "Review stars, 1..5.")
    private Integer rating;

    @Option(names = "--answered", description = "The seller has already answered.")
    private boolean answered;

    @Option(names = "--occurred-at", paramLabel = "ISO", converter = InstantConverter.class,
            description = "When the buyer wrote (ISO-8601; without an offset it is UTC). Without it there is no"
                    + " deadline and no age escalation.")
    private Instant occurredAt;

    @Option(names = "--now", paramLabel = "ISO", converter = InstantConverter.class,
            description = "The moment to assess at (ISO-8601; default: the current time).")
    private Instant now;

    @Option(names = "--seller", paramLabel = "ID", defaultValue = "1",
            description = "Seller id (default: ${DEFAULT-VALUE}).")
    private long seller;

    @Override
    public Integer call() {
        validateArguments();
        Instant at = now != null ? now : Instant.now();
        InteractionPrioritizer prioritizer = InteractionPrioritizer.defaults();
        SellerId sellerId = SellerId.of(seller);
        PriorityAssessment assessment = switch (channel) {
            case REVIEW -> prioritizer.assessReview(rating, text, !answered);
            case QUESTION -> prioritizer.assessQuestion(sellerId, text, answered, occurredAt, at);
            case CHAT -> prioritizer.assessChat(sellerId, chatMessages(), !answered, occurredAt, at);
        };
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.pretty(toJson(assessment)));
        out.flush();
        return 0;
    }

    /** The assessment in the seed's snake_case names, absent values as null. */
    public static ObjectNode toJson(PriorityAssessment a) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("priority", a.priority().wire());
        node.put("intent", a.intent());
        node.put("sla_target_minutes", a.slaTargetMinutes());
        node.put("sla_due_at", a.slaDueAt() == null ? null : a.slaDueAt().toString());
        node.put("priority_reason", a.priorityReason());
        node.put("intent_detection_method",
                a.intentDetectionMethod() == null ? null : a.intentDetectionMethod().wire());
        node.put("needs_escalation", a.needsEscalation());
        node.put("escalation_reason", a.escalationReason());
        return node;
    }

    private void validateArguments() {
        if (channel == Channel.CHAT) {
            if (text != null) {
                throw usage("--text is for reviews and questions; give a chat as --message buyer|seller:TEXT");
            }
            if (messages.isEmpty()) {
                throw usage("a chat needs at least one --message buyer|seller:TEXT");
            }
        } else if (!messages.isEmpty()) {
            throw usage("--message is only for --channel chat");
        }
        if (channel == Channel.QUESTION && (text == null || text.isBlank())) {
            throw usage("a question needs --text");
        }
        if (rating != null) {
            if (channel != Channel.REVIEW) {
                throw usage("--rating is only for --channel review");
            }
            if (rating < 1 || rating > 5) {
                throw usage("--rating must be 1..5, was " + rating);
            }
        }
        if (seller <= 0) {
            throw usage("--seller must be positive, was " + seller);
        }
    }

    private List<ChatMessage> chatMessages() {
        List<ChatMessage> parsed = new ArrayList<>();
        for (String message : messages) {
            int colon = message.indexOf(':');
            if (colon < 0) {
                throw usage("--message must look like buyer:TEXT or seller:TEXT, was '" + message + "'");
            }
            try {
                parsed.add(new ChatMessage(ChatMessage.Author.fromWire(message.substring(0, colon)),
                        message.substring(colon + 1).strip()));
            } catch (AgentIqException e) {
                throw usage("--message author must be buyer or seller, was '" + message.substring(0, colon) + "'");
            }
        }
        return parsed;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Reads {@code question|review|chat}. */
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

    /** Reads an ISO-8601 instant, offset date-time or (as UTC) local date-time. */
    static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            String text = value.strip();
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException notInstant) {
                    try {
                        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
                    } catch (DateTimeParseException notLocal) {
                        throw new CommandLine.TypeConversionException(
                                "'" + value + "' is not an ISO-8601 date-time such as 2026-03-01T10:00:00Z");
                    }
                }
            }
        }
    }
}
