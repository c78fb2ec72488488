package ru.agentiq.core.draft;

import ru.agentiq.core.interaction.WireValue;

/** How a seller wants to sound. */
public enum Tone implements WireValue {
    FORMAL("formal", "Тон: официальный и вежливый, обращение на «Вы»."),
    FRIENDLY("friendly", "Тон: дружелюбный и тёплый, но без фамильярности."),
    NEUTRAL("neutral", "Тон: нейтральный, спокойный и деловой.");

    private final String wire;
    private final String instruction;

    Tone(String wire, String instruction) {
        this.wire = wire;
        this.instruction = instruction;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The prompt line that asks for this tone. */
    public String instruction() {
        return instruction;
    }

    public static Tone fromWire(String value) {
        return WireValue.parse(Tone.class, value, "tone");
    }
}
