package ru.agentiq.wb.contract;

/** What the contract check found; {@link #violation()} kinds fail the check. */
public enum FindingKind {
    /** A field the contract (or AgentIQ) requires is missing. */
    MISSING_REQUIRED(true),
    /** A field has another JSON type than documented. */
    TYPE_CHANGE(true),
    /** Any other schema violation (an undocumented enum value, a broken format). */
    OTHER_VIOLATION(true),
    /** The payload is not JSON. */
    NOT_JSON(true),
    /** A field the contract does not document: WB added it, or it is a removed field still sent. Not a failure. */
    NEW_FIELD(false),
    /** A file the check has no contract for. Not a failure. */
    UNMAPPED(false);

    private final boolean violation;

    FindingKind(boolean violation) {
        this.violation = violation;
    }

    public boolean violation() {
        return violation;
    }
}
