package ru.agentiq.core.autoresponse;

import java.time.Duration;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * How long to wait after an unattended send, so replies do not go out in machine-gun bursts (seed §h.1): uniform
 * between {@code min} and {@code max}, plus {@code perWord} for every word of the reply, capped at {@code cap}.
 *
 * @param min     shortest base wait
 * @param max     longest base wait, ≥ min
 * @param perWord extra wait per word
 * @param cap     longest total wait
 */
public record DelayPolicy(Duration min, Duration max, Duration perWord, Duration cap) {

    public static final DelayPolicy DEFAULT = new DelayPolicy(Duration.ofSeconds(3), Duration.ofSeconds(8),
            Duration.ofMillis(25), Duration.ofSeconds(12));
    /** No waiting at all (tests, sandbox runs). */
    public static final DelayPolicy NONE = new DelayPolicy(Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO);

    public DelayPolicy {
        for (Duration d : new Duration[] {min, max, perWord, cap}) {
            Checks.required(d, "delay");
            if (d.isNegative() || d.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new ValidationException("delays must be 0..5 minutes, was " + d);
            }
        }
        if (max.compareTo(min) < 0) {
            throw new ValidationException("max must be at least min");
        }
    }

    /**
     * The wait after sending {@code text}.
     *
     * @param unit a uniform random number in [0, 1)
     */
    public Duration delayFor(String text, double unit) {
        long span = max.toMillis() - min.toMillis();
        long base = min.toMillis() + Math.round(span * Math.min(Math.max(unit, 0), 1));
        int words = text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
        Duration total = Duration.ofMillis(base).plus(perWord.multipliedBy(words));
        return total.compareTo(cap) > 0 ? cap : total;
    }
}
