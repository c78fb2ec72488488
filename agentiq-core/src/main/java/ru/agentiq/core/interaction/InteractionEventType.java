package ru.agentiq.core.interaction;

/** What happened to an interaction; the wire values are the seed's {@code event_type} strings. */
public enum InteractionEventType implements WireValue {
    DRAFT_GENERATED("draft_generated"),
    DRAFT_CACHE_HIT("draft_cache_hit"),
    REPLY_SENT("reply_sent"),
    DRAFT_ACCEPTED("draft_accepted"),
    DRAFT_EDITED("draft_edited"),
    REPLY_MANUAL("reply_manual"),
    AUTO_RESPONSE_SENT("auto_response_sent"),
    AUTO_RESPONSE_SANDBOX("auto_response_sandbox");

    private final String wire;

    InteractionEventType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static InteractionEventType fromWire(String value) {
        return WireValue.parse(InteractionEventType.class, value, "eventType");
    }
}
