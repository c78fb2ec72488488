package ru.agentiq.core.priority;

import ru.agentiq.core.interaction.WireValue;

/** How an intent was found: by keyword rules, or by the optional LLM fallback. */
public enum DetectionMethod implements WireValue {
    RULE_BASED("rule_based"),
    LLM("llm");

    private final String wire;

    DetectionMethod(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
