package ru.agentiq.billing;

import ru.agentiq.billing.internal.Args;

/**
 * The person who made a ledger change by hand — the acting administrator of a grant or an adjustment (the seed's
 * {@code initiated_by}). System debits and payment top-ups have none. Trimmed, 1..{@value #MAX_LENGTH} characters.
 */
public record ActorId(String value) {

    public static final int MAX_LENGTH = 64;

    public ActorId {
        value = Args.requiredText(value, "initiatedBy", MAX_LENGTH);
    }

    public static ActorId of(String value) {
        return new ActorId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
