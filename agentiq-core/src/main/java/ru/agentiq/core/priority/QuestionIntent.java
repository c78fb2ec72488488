package ru.agentiq.core.priority;

import java.util.Locale;
import java.util.Optional;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.WireValue;

/**
 * What a pre-purchase question is about, with the fixed priority and SLA target the seed gives it at ingest
 * (§b.2). {@link #ANSWERED} labels a question that already has an answer.
 */
public enum QuestionIntent implements WireValue {
    SIZING_FIT("sizing_fit", Priority.HIGH, 240),
    AVAILABILITY_DELIVERY("availability_delivery", Priority.HIGH, 120),
    SPEC_COMPATIBILITY("spec_compatibility", Priority.NORMAL, 480),
    COMPLIANCE_SAFETY("compliance_safety", Priority.URGENT, 60),
    POST_PURCHASE_ISSUE("post_purchase_issue", Priority.URGENT, 60),
    GENERAL_QUESTION("general_question", Priority.NORMAL, 480),
    ANSWERED("answered", Priority.LOW, 1440);

    private final String wire;
    private final Priority priority;
    private final int slaMinutes;

    QuestionIntent(String wire, Priority priority, int slaMinutes) {
        this.wire = wire;
        this.priority = priority;
        this.slaMinutes = slaMinutes;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Priority of an unanswered question with this intent, before age escalation. */
    public Priority priority() {
        return priority;
    }

    /** Minutes from the question to its answer deadline. */
    public int slaMinutes() {
        return slaMinutes;
    }

    public static QuestionIntent fromWire(String value) {
        return WireValue.parse(QuestionIntent.class, value, "question intent");
    }

    /**
     * Reads a label an LLM answered with: trimmed, lower-cased, dots and quotes stripped; empty unless it is one of
     * the six classification labels ({@link #ANSWERED} is not one).
     */
    public static Optional<QuestionIntent> fromModelAnswer(String answer) {
        if (answer == null) {
            return Optional.empty();
        }
        String label = answer.strip().toLowerCase(Locale.ROOT).replaceAll("[.\"'`«»“”]", "").strip();
        for (QuestionIntent intent : values()) {
            if (intent != ANSWERED && intent.wire.equals(label)) {
                return Optional.of(intent);
            }
        }
        return Optional.empty();
    }
}
