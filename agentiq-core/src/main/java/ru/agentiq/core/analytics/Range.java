package ru.agentiq.core.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * A closed interval {@code [low, high]} of non-negative decimals: a coefficient the model is unsure of, or an estimate
 * derived from such coefficients. Money estimates are always ranges (plan §2.2).
 *
 * @param low  lower bound, ≥ 0
 * @param high upper bound, ≥ low
 */
public record Range(BigDecimal low, BigDecimal high) {

    public Range {
        Checks.required(low, "low");
        Checks.required(high, "high");
        if (low.signum() < 0) {
            throw new ValidationException("low must not be negative, was " + low.toPlainString());
        }
        if (high.compareTo(low) < 0) {
            throw new ValidationException(
                    "high must be at least low (" + low.toPlainString() + "), was " + high.toPlainString());
        }
    }

    public static Range of(String low, String high) {
        return new Range(new BigDecimal(low), new BigDecimal(high));
    }

    /** A known exact value (allowed for inputs such as the average order value, never for an estimate's output). */
    public static Range exactly(BigDecimal value) {
        return new Range(value, value);
    }

    public boolean isPoint() {
        return low.compareTo(high) == 0;
    }

    /** Interval product (both non-negative, so bounds multiply bound-wise). */
    public Range times(Range other) {
        return new Range(low.multiply(other.low), high.multiply(other.high));
    }

    public Range times(BigDecimal factor) {
        if (factor.signum() < 0) {
            throw new ValidationException("factor must not be negative, was " + factor.toPlainString());
        }
        return new Range(low.multiply(factor), high.multiply(factor));
    }

    public Range times(long factor) {
        return times(BigDecimal.valueOf(factor));
    }

    /** Both bounds rounded half-up to {@code scale} places. */
    public Range rounded(int scale) {
        return new Range(low.setScale(scale, RoundingMode.HALF_UP), high.setScale(scale, RoundingMode.HALF_UP));
    }

    @Override
    public String toString() {
        return low.toPlainString() + "–" + high.toPlainString();
    }
}
