package ru.agentiq.core.ops;

import java.math.BigDecimal;
import java.time.Duration;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * Thresholds of sync health (seed §g.5 defaults). Immutable; {@link #defaults()} or {@link #builder()}.
 *
 * @param staleCritical       newest run older than this → critical and {@code sync_stale}
 * @param staleWarning        newest run older than this → warning; shorter than {@code staleCritical}
 * @param errorRateCritical   error rate above this → critical
 * @param errorRateWarning    error rate above this → warning and {@code sync_errors}; at most {@code errorRateCritical}
 * @param recentRuns          how many newest runs are checked for throttling (1..{@value #MAX_RUNS})
 * @param zeroFetchStreak     this many newest runs of one scope fetching nothing → warning and {@code sync_zero_fetch}
 */
public record SyncHealthConfig(Duration staleCritical, Duration staleWarning, BigDecimal errorRateCritical,
        BigDecimal errorRateWarning, int recentRuns, int zeroFetchStreak) {

    public static final Duration DEFAULT_STALE_CRITICAL = Duration.ofMinutes(15);
    public static final Duration DEFAULT_STALE_WARNING = Duration.ofMinutes(5);
    public static final BigDecimal DEFAULT_ERROR_RATE_CRITICAL = new BigDecimal("0.5");
    public static final BigDecimal DEFAULT_ERROR_RATE_WARNING = new BigDecimal("0.2");
    public static final int DEFAULT_RECENT_RUNS = 3;
    public static final int DEFAULT_ZERO_FETCH_STREAK = 3;
    /** Runs kept per seller and scope (seed: 10). */
    public static final int DEFAULT_RING_SIZE = 10;
    public static final int MAX_RUNS = 1000;

    private static final SyncHealthConfig DEFAULTS = new SyncHealthConfig(DEFAULT_STALE_CRITICAL,
            DEFAULT_STALE_WARNING, DEFAULT_ERROR_RATE_CRITICAL, DEFAULT_ERROR_RATE_WARNING, DEFAULT_RECENT_RUNS,
            DEFAULT_ZERO_FETCH_STREAK);

    public SyncHealthConfig {
        positive(staleCritical, "staleCritical");
        positive(staleWarning, "staleWarning");
        if (staleWarning.compareTo(staleCritical) >= 0) {
            throw new ValidationException("staleWarning must be shorter than staleCritical");
        }
        unit(errorRateCritical, "errorRateCritical");
        unit(errorRateWarning, "errorRateWarning");
        if (errorRateWarning.compareTo(errorRateCritical) > 0) {
            throw new ValidationException("errorRateWarning must be at most errorRateCritical");
        }
        Checks.inRange(recentRuns, 1, MAX_RUNS, "recentRuns");
        Checks.inRange(zeroFetchStreak, 1, MAX_RUNS, "zeroFetchStreak");
    }

    public static SyncHealthConfig defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void positive(Duration value, String field) {
        Checks.required(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new ValidationException(field + " must be positive, was " + value);
        }
    }

    private static void unit(BigDecimal value, String field) {
        Checks.required(value, field);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new ValidationException(field + " must be 0..1, was " + value.toPlainString());
        }
    }

    /** Builder starting from the defaults; {@link #build()} validates the combination. */
    public static final class Builder {
        private Duration staleCritical = DEFAULT_STALE_CRITICAL;
        private Duration staleWarning = DEFAULT_STALE_WARNING;
        private BigDecimal errorRateCritical = DEFAULT_ERROR_RATE_CRITICAL;
        private BigDecimal errorRateWarning = DEFAULT_ERROR_RATE_WARNING;
        private int recentRuns = DEFAULT_RECENT_RUNS;
        private int zeroFetchStreak = DEFAULT_ZERO_FETCH_STREAK;

        private Builder() {
        }

        public Builder staleCritical(Duration value) {
            this.staleCritical = value;
            return this;
        }

        public Builder staleWarning(Duration value) {
            this.staleWarning = value;
            return this;
        }

        public Builder errorRateCritical(BigDecimal value) {
            this.errorRateCritical = value;
            return this;
        }

        public Builder errorRateWarning(BigDecimal value) {
            this.errorRateWarning = value;
            return this;
        }

        public Builder recentRuns(int value) {
            this.recentRuns = value;
            return this;
        }

        public Builder zeroFetchStreak(int value) {
            this.zeroFetchStreak = value;
            return this;
        }

        public SyncHealthConfig build() {
            return new SyncHealthConfig(staleCritical, staleWarning, errorRateCritical, errorRateWarning, recentRuns,
                    zeroFetchStreak);
        }
    }
}
