package ru.agentiq.core.guardrails;

import ru.agentiq.core.interaction.WireValue;

/** When a reply is checked: as a draft (informs, never blocks) or just before it is sent (errors block). */
public enum GuardrailStage implements WireValue {
    DRAFT("draft"),
    SEND("send");

    private final String wire;

    GuardrailStage(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static GuardrailStage fromWire(String value) {
        return WireValue.parse(GuardrailStage.class, value, "stage");
    }
}
