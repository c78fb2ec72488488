package ru.agentiq.core.quality;

import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.WireValue;

/** How a sent reply relates to the last AI draft of its interaction (seed §e.1). */
public enum ReplyOutcome implements WireValue {
    /** The reply is the draft, up to case and whitespace. */
    DRAFT_ACCEPTED("draft_accepted", InteractionEventType.DRAFT_ACCEPTED),
    /** A draft existed and the operator changed it before sending. */
    DRAFT_EDITED("draft_edited", InteractionEventType.DRAFT_EDITED),
    /** No draft existed: the operator wrote the reply. */
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

    /** The event recorded for this outcome. */
    public InteractionEventType eventType() {
        return eventType;
    }

    /** The outcome an event type records, or {@code null} for other event types. */
    public static ReplyOutcome ofEvent(InteractionEventType type) {
        for (ReplyOutcome outcome : values()) {
            if (outcome.eventType == type) {
                return outcome;
            }
        }
        return null;
    }

    public static ReplyOutcome fromWire(String value) {
        return WireValue.parse(ReplyOutcome.class, value, "outcome");
    }
}
