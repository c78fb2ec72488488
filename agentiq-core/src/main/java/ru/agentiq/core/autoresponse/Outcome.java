package ru.agentiq.core.autoresponse;

import ru.agentiq.core.interaction.WireValue;

/** How the pipeline ended for one interaction. */
public enum Outcome implements WireValue {
    /** Published on the marketplace. */
    SENT("sent"),
    /** Sandbox: everything ran, nothing was sent, the would-be reply was recorded. */
    SANDBOX("sandbox"),
    /** Preview: every check passed; it would be sent. */
    WOULD_SEND("would_send"),
    /** A rule or check stopped it. */
    SKIPPED("skipped");

    private final String wire;

    Outcome(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
