package ru.agentiq.cli.priority;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.priority.ChatIntent;
import ru.agentiq.core.priority.ChatMessage;
import ru.agentiq.core.priority.InteractionPrioritizer;
import ru.agentiq.core.priority.OpeningHours;
import ru.agentiq.core.priority.PriorityAssessment;
import ru.agentiq.core.priority.PriorityConfig;
import ru.agentiq.core.priority.SlaCalendar;

/**
 * {@code agentiq priority}: prioritises one review, question or chat with the default rules (or a seller's working hours
 * and chat SLA overrides given as options) and prints the assessment
 * as JSON ({@code priority, intent, sla_target_minutes, sla_due_at, priority_reason, intent_detection_method,
 * needs_escalation, escalation_reason}; absent values are null).
 */
@Command(name = "priority", mixinStandardHelpOptions = true,
        description = {"Prioritise one review, question or chat and print priority, intent and SLA as JSON.",
                "Example: agentiq priority --channel question --occurred-at 2026-03-01T09:00:00Z"
                        + " --now 2026-03-01T10:00:00Z --text 'Какой размер взять на рост 176?'"})
public final class PriorityCommand implements Callable<Integer> {

    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.values());

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

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Moscow",
            description = "The seller's time zone for working hours (default: ${DEFAULT-VALUE}).")
    private String zone;

    @Option(names = "--hours", paramLabel = "DAYS=HH:MM-HH:MM",
            description = "Working hours, e.g. mon-fri=09:00-18:00 or sat=10:00-16:00; repeat for more windows."
                    + " Without it the SLA clock never stops.")
    private List<String> hours = new ArrayList<>();

    @Option(names = "--deadline-mode", paramLabel = "MODE", defaultValue = "push",
            description = "With --hours: push (a deadline outside working hours moves to the next opening) or"
                    + " business-time (only working minutes count). Default: ${DEFAULT-VALUE}.")
    private String deadlineMode;

    @Option(names = "--chat-sla", paramLabel = "INTENT=PRIORITY:MINUTES",
            description = "Overrides a chat intent's priority and SLA (1..10080 minutes), e.g."
                    + " thanks=normal:720; repeatable.")
    private List<String> chatSla = new ArrayList<>();

    @Override
    public Integer call() {
        validateArguments();
        Instant at = now != null ? now : Instant.now();
        InteractionPrioritizer prioritizer = InteractionPrioritizer.builder().config(sellerConfig()).build();
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

    /** The seller's settings from --zone, --hours, --deadline-mode and --chat-sla. */
    private PriorityConfig sellerConfig() {
        PriorityConfig.Builder config = PriorityConfig.builder();
        try {
            SlaCalendar.Builder calendar = SlaCalendar.builder().zone(ZoneId.of(zone));
            calendar.mode(switch (deadlineMode.strip().toLowerCase(Locale.ROOT)) {
                case "push" -> SlaCalendar.DeadlineMode.PUSH_TO_NEXT_OPENING;
                case "business-time" -> SlaCalendar.DeadlineMode.BUSINESS_TIME;
                default -> throw usage("--deadline-mode must be push or business-time, was '" + deadlineMode + "'");
            });
            for (String window : hours) {
                int equals = window.indexOf('=');
                if (equals < 0) {
                    throw usage("--hours must look like mon-fri=09:00-18:00, was '" + window + "'");
                }
                calendar.open(days(window.substring(0, equals)), OpeningHours.parse(window.substring(equals + 1)));
            }
            config.calendar(hours.isEmpty() ? SlaCalendar.alwaysOpen(ZoneId.of(zone)) : calendar.build());
            for (String entry : chatSla) {
                int equals = entry.indexOf('=');
                int colon = entry.indexOf(':', equals + 1);
                if (equals < 0 || colon < 0) {
                    throw usage("--chat-sla must look like thanks=normal:720, was '" + entry + "'");
                }
                config.chatSla(ChatIntent.fromWire(entry.substring(0, equals)),
                        Priority.fromWire(entry.substring(equals + 1, colon)),
                        parseMinutes(entry.substring(colon + 1)));
            }
            return config.build();
        } catch (java.time.DateTimeException e) {
            throw usage("--zone must be a time zone such as Europe/Moscow, was '" + zone + "'");
        } catch (AgentIqException e) {
            throw usage(e.getMessage());
        }
    }

    private int parseMinutes(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw usage("--chat-sla minutes must be a whole number, was '" + text + "'");
        }
    }

    /** {@code mon}, {@code mon-fri} or {@code sat,sun}. */
    private List<DayOfWeek> days(String spec) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] range = part.strip().split("-");
            if (range.length > 2) {
                throw usage("--hours days must look like mon-fri or sat,sun, was '" + spec + "'");
            }
            int from = WEEK.indexOf(day(range[0]));
            int to = WEEK.indexOf(day(range[range.length - 1]));
            if (to < from) {
                throw usage("--hours day range must run forwards, was '" + part.strip() + "'");
            }
            days.addAll(WEEK.subList(from, to + 1));
        }
        return days;
    }

    private DayOfWeek day(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek day : WEEK) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(wanted) && wanted.length() >= 3) {
                return day;
            }
        }
        throw usage("--hours day must be mon, tue, wed, thu, fri, sat or sun, was '" + name.strip() + "'");
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
