package ru.agentiq.core.quality;

import java.math.BigDecimal;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * Tunables of quality metrics. Immutable; {@link #defaults()} or {@link #builder()}.
 *
 * @param lightEditMaxRatio          an edited reply whose edit ratio is at most this counts as lightly edited (0..1)
 * @param regressionWindowDays       length of each of the two windows compared for the manual-rate regression
 *                                   (1..{@value #MAX_WINDOW_DAYS})
 * @param manualRateRegressionThreshold a rise of the manual rate by at least this much is a regression (0..1)
 */
public record QualityConfig(BigDecimal lightEditMaxRatio, int regressionWindowDays,
        BigDecimal manualRateRegressionThreshold) {

    public static final BigDecimal DEFAULT_LIGHT_EDIT_MAX_RATIO = new BigDecimal("0.20");
    public static final int DEFAULT_REGRESSION_WINDOW_DAYS = 7;
    /** The seed's regression threshold: manual rate up 15 points week over week. */
    public static final BigDecimal DEFAULT_MANUAL_RATE_REGRESSION_THRESHOLD = new BigDecimal("0.15");
    public static final int MAX_WINDOW_DAYS = 90;

    private static final QualityConfig DEFAULTS = new QualityConfig(DEFAULT_LIGHT_EDIT_MAX_RATIO,
            DEFAULT_REGRESSION_WINDOW_DAYS, DEFAULT_MANUAL_RATE_REGRESSION_THRESHOLD);

    public QualityConfig {
        unitInterval(lightEditMaxRatio, "lightEditMaxRatio");
        Checks.inRange(regressionWindowDays, 1, MAX_WINDOW_DAYS, "regressionWindowDays");
        unitInterval(manualRateRegressionThreshold, "manualRateRegressionThreshold");
    }

    public static QualityConfig defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    static BigDecimal unitInterval(BigDecimal value, String field) {
        Checks.required(value, field);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new ValidationException(field + " must be 0..1, was " + value.toPlainString());
        }
        return value;
    }

    /** Builder starting from the defaults. */
    public static final class Builder {
        private BigDecimal lightEditMaxRatio = DEFAULT_LIGHT_EDIT_MAX_RATIO;
        private int regressionWindowDays = DEFAULT_REGRESSION_WINDOW_DAYS;
        private BigDecimal manualRateRegressionThreshold = DEFAULT_MANUAL_RATE_REGRESSION_THRESHOLD;

        private Builder() {
        }

        public Builder lightEditMaxRatio(BigDecimal value) {
            this.lightEditMaxRatio = unitInterval(value, "lightEditMaxRatio");
            return this;
        }

        public Builder regressionWindowDays(int value) {
            this.regressionWindowDays = Checks.inRange(value, 1, MAX_WINDOW_DAYS, "regressionWindowDays");
            return this;
        }

        public Builder manualRateRegressionThreshold(BigDecimal value) {
            this.manualRateRegressionThreshold = unitInterval(value, "manualRateRegressionThreshold");
            return this;
        }

        public QualityConfig build() {
            return new QualityConfig(lightEditMaxRatio, regressionWindowDays, manualRateRegressionThreshold);
        }
    }
}
