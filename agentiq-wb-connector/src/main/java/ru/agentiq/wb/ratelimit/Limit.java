package ru.agentiq.wb.ratelimit;

import java.time.Duration;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * A token bucket as WB publishes it: {@code requests} per {@code period}, refilled evenly, holding up to
 * {@code burst}.
 *
 * @param requests requests refilled per period, ≥ 1
 * @param period   the period, positive
 * @param burst    bucket capacity, ≥ 1
 */
public record Limit(int requests, Duration period, int burst) {
    public Limit {
        Checks.positive(requests, "requests");
        Checks.required(period, "period");
        if (period.isZero() || period.isNegative()) {
            throw new ValidationException("period must be positive, was " + period);
        }
        Checks.positive(burst, "burst");
    }

    /** Time between two refilled requests. */
    public Duration interval() {
        return period.dividedBy(requests);
    }

    /** Steady-state requests per second. */
    public double perSecond() {
        return requests * 1e9 / period.toNanos();
    }
}
