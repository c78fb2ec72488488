package ru.agentiq.core.autoresponse;

import ru.agentiq.core.interaction.WireValue;

/** What the pipeline does with an intent. */
public enum ScenarioAction implements WireValue {
    /** Answer unattended when every check passes. */
    AUTO("auto"),
    /** Only prepare a draft for a person. */
    DRAFT("draft"),
    /** Never answer unattended. */
    BLOCK("block");

    private final String wire;

    ScenarioAction(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static ScenarioAction fromWire(String value) {
        return WireValue.parse(ScenarioAction.class, value, "action");
    }
}
