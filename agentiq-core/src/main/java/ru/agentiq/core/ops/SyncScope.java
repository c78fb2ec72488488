package ru.agentiq.core.ops;

import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.WireValue;

/** What one sync run covered: one channel, or a seller's whole sync ({@code all}). */
public enum SyncScope implements WireValue {
    REVIEW("review"),
    QUESTION("question"),
    CHAT("chat"),
    ALL("all");

    private final String wire;

    SyncScope(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static SyncScope of(Channel channel) {
        return switch (channel) {
            case REVIEW -> REVIEW;
            case QUESTION -> QUESTION;
            case CHAT -> CHAT;
        };
    }

    public static SyncScope fromWire(String value) {
        return WireValue.parse(SyncScope.class, value, "scope");
    }
}
