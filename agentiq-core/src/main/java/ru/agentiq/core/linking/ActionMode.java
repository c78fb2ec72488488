package ru.agentiq.core.linking;

import ru.agentiq.core.interaction.WireValue;

/** What automation may do with a link. */
public enum ActionMode implements WireValue {
    /** Auto-replies and auto-escalation may rely on the link. */
    AUTO_ALLOWED("auto_allowed"),
    /** The link is shown to the operator as a suggestion; nothing is done automatically because of it. */
    ASSIST_ONLY("assist_only");

    private final String wire;

    ActionMode(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static ActionMode fromWire(String value) {
        return WireValue.parse(ActionMode.class, value, "action_mode");
    }
}
