package ru.agentiq.core.linking;

import java.util.Optional;
import ru.agentiq.core.internal.Checks;

/**
 * One bar of a link's score waterfall: a signal and the weight it added, or an adjustment (the deterministic floor
 * lifting the sum, the cap trimming it) and the amount it added or removed. A candidate's contributions add up to its
 * confidence exactly.
 *
 * @param factor a {@link LinkSignal} wire name, {@value #DETERMINISTIC_FLOOR} or {@value #CONFIDENCE_CAP}
 * @param weight what it added (negative for the cap)
 */
public record Contribution(String factor, double weight) {

    /** The deterministic floor raised the sum to {@link LinkingConfig#deterministicFloor()}. */
    public static final String DETERMINISTIC_FLOOR = "deterministic_floor";
    /** The cap cut the sum down to {@link LinkingConfig#confidenceCap()}. */
    public static final String CONFIDENCE_CAP = "confidence_cap";

    public Contribution {
        Checks.requiredText(factor, "factor", 100);
        if (Double.isNaN(weight) || Double.isInfinite(weight)) {
            throw new ru.agentiq.core.ValidationException("weight must be a finite number, was " + weight);
        }
    }

    /** The signal this bar stands for; empty for the floor and cap adjustments. */
    public Optional<LinkSignal> signal() {
        for (LinkSignal s : LinkSignal.values()) {
            if (s.wire().equals(factor)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
