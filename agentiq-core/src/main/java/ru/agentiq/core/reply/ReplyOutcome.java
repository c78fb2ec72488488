package ru.agentiq.core.reply;

import java.util.Locale;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.WireValue;

/**
 * How a sent reply relates to the AI draft: the same text after normalisation (trim, lower case, whitespace runs
 * collapsed), an edited draft, or written without a draft.
 */
public enum ReplyOutcome implements WireValue {
    DRAFT_ACCEPTED("draft_accepted", InteractionEventType.DRAFT_ACCEPTED),
    DRAFT_EDITED("draft_edited", InteractionEventType.DRAFT_EDITED),
    REPLY_MANUAL("reply_manual", InteractionEventType.REPLY_MANUAL);

    private final String wire;
    private final InteractionEventType eventType;

    ReplyOutcome(String wire, InteractionEventType eventType) {
        this.wire = wire;
        this.eventType = eventType;
    }

    @Override
    public String wire() {
        return wire;
    }

    public InteractionEventType eventType() {
        return eventType;
    }

    /** Classifies {@code reply} against the draft text; a null or blank draft means the reply was manual. */
    public static ReplyOutcome classify(String draft, String reply) {
        if (draft == null || draft.isBlank()) {
            return REPLY_MANUAL;
        }
        return normalise(draft).equals(normalise(reply)) ? DRAFT_ACCEPTED : DRAFT_EDITED;
    }

    static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
