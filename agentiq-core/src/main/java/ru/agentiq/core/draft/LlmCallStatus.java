package ru.agentiq.core.draft;

import ru.agentiq.core.interaction.WireValue;

/** How one language-model call ended (the seed's {@code llm_call_events.status}). */
public enum LlmCallStatus implements WireValue {
    SUCCESS("success"),
    ERROR("error"),
    TIMEOUT("timeout"),
    RATE_LIMITED("rate_limited");

    private final String wire;

    LlmCallStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static LlmCallStatus fromWire(String value) {
        return WireValue.parse(LlmCallStatus.class, value, "status");
    }
}
