package ru.agentiq.core.interaction;

/** Where a buyer reached the seller. Reviews and questions are public on the product page; chats are private. */
public enum Channel implements WireValue {
    REVIEW("review", true),
    QUESTION("question", true),
    CHAT("chat", false);

    private final String wire;
    private final boolean publicChannel;

    Channel(String wire, boolean publicChannel) {
        this.wire = wire;
        this.publicChannel = publicChannel;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Public channels get the strict reply guardrails: everyone reads the answer. */
    public boolean isPublic() {
        return publicChannel;
    }

    public static Channel fromWire(String value) {
        return WireValue.parse(Channel.class, value, "channel");
    }
}
