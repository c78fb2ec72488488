package ru.agentiq.core.priority;

import java.time.Duration;
import java.time.Instant;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * An interaction's standing against its deadline at one moment.
 *
 * @param state     none, on track, due soon or overdue
 * @param remaining time left until the deadline, negative once overdue; null when there is no deadline
 */
public record SlaStatus(SlaState state, Duration remaining) {

    public static final SlaStatus NONE = new SlaStatus(SlaState.NONE, null);

    public SlaStatus {
        Checks.required(state, "state");
        if ((state == SlaState.NONE) != (remaining == null)) {
            throw new ValidationException("remaining must be present exactly when there is a deadline");
        }
    }

    /**
     * The status of a deadline at {@code now}: overdue once {@code now} is past {@code dueAt}; due soon while at most
     * {@code dueSoonWindow} is left (a deadline exactly {@code dueSoonWindow} away is due soon, one second more is on
     * track); {@link #NONE} when {@code dueAt} is null.
     */
    public static SlaStatus of(Instant dueAt, Instant now, Duration dueSoonWindow) {
        Checks.required(now, "now");
        Checks.required(dueSoonWindow, "dueSoonWindow");
        if (dueAt == null) {
            return NONE;
        }
        Duration remaining = Duration.between(now, dueAt);
        if (remaining.isNegative()) {
            return new SlaStatus(SlaState.OVERDUE, remaining);
        }
        return new SlaStatus(remaining.compareTo(dueSoonWindow) <= 0 ? SlaState.DUE_SOON : SlaState.ON_TRACK,
                remaining);
    }

    /** Whole minutes left, truncated toward zero (negative once overdue); null without a deadline. */
    public Long minutesLeft() {
        return remaining == null ? null : remaining.toMinutes();
    }
}
