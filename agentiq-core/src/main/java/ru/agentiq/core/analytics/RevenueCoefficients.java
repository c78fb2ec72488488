package ru.agentiq.core.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * The revenue model's coefficients (seed §h.6), each a range so every estimate is a range. Defaults spread the seed's
 * point values (AOV 2000 ₽, conversion drop 0.10 per star, negative save rate 0.20, fast-response boost 0.20, repeat
 * factor 1.5) by about a half either way, because none of them was ever measured.
 *
 * @param averageOrderValue       rubles per order; may be exact (a seller knows it)
 * @param conversionDropPerStar   share of orders lost per missing star; must be a true range
 * @param negativeSaveRate        share of unhappy buyers kept by a timely answer; must be a true range
 * @param fastResponseBoost       conversion gained by answering a question fast; must be a true range
 * @param repeatPurchaseFactor    lifetime multiplier of a kept buyer, ≥ 1
 * @param atRiskShare             share of the at-risk revenue considered lost (the seed's 0.8)
 * @param slaThreshold            a reply within this of the buyer's message counts as in SLA / fast (seed: 60 min)
 */
public record RevenueCoefficients(Range averageOrderValue, Range conversionDropPerStar, Range negativeSaveRate,
        Range fastResponseBoost, Range repeatPurchaseFactor, BigDecimal atRiskShare, Duration slaThreshold) {

    public static final Range DEFAULT_AVERAGE_ORDER_VALUE = Range.exactly(new BigDecimal("2000"));
    public static final Range DEFAULT_CONVERSION_DROP_PER_STAR = Range.of("0.05", "0.15");
    public static final Range DEFAULT_NEGATIVE_SAVE_RATE = Range.of("0.10", "0.30");
    public static final Range DEFAULT_FAST_RESPONSE_BOOST = Range.of("0.10", "0.30");
    public static final Range DEFAULT_REPEAT_PURCHASE_FACTOR = Range.of("1.2", "1.8");
    public static final BigDecimal DEFAULT_AT_RISK_SHARE = new BigDecimal("0.8");
    public static final Duration DEFAULT_SLA_THRESHOLD = Duration.ofMinutes(60);

    private static final RevenueCoefficients DEFAULTS = builder().build();

    public RevenueCoefficients {
        Checks.required(averageOrderValue, "averageOrderValue");
        trueRange(conversionDropPerStar, "conversionDropPerStar");
        trueRange(negativeSaveRate, "negativeSaveRate");
        trueRange(fastResponseBoost, "fastResponseBoost");
        Checks.required(repeatPurchaseFactor, "repeatPurchaseFactor");
        if (repeatPurchaseFactor.low().compareTo(BigDecimal.ONE) < 0) {
            throw new ValidationException("repeatPurchaseFactor must be at least 1, was " + repeatPurchaseFactor);
        }
        Checks.required(atRiskShare, "atRiskShare");
        if (atRiskShare.signum() < 0 || atRiskShare.compareTo(BigDecimal.ONE) > 0) {
            throw new ValidationException("atRiskShare must be 0..1, was " + atRiskShare.toPlainString());
        }
        Checks.required(slaThreshold, "slaThreshold");
        if (slaThreshold.compareTo(Duration.ofMinutes(1)) < 0 || slaThreshold.compareTo(Duration.ofDays(7)) > 0) {
            throw new ValidationException("slaThreshold must be 1 minute..7 days, was " + slaThreshold);
        }
    }

    /** These coefficients with another average order value (a seller who knows theirs passes it exactly). */
    public RevenueCoefficients withAverageOrderValue(Range value) {
        return new RevenueCoefficients(value, conversionDropPerStar, negativeSaveRate, fastResponseBoost,
                repeatPurchaseFactor, atRiskShare, slaThreshold);
    }

    public static RevenueCoefficients defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void trueRange(Range r, String field) {
        Checks.required(r, field);
        if (r.isPoint()) {
            throw new ValidationException(field + " must be a range with low < high (an estimate is never a point),"
                    + " was " + r);
        }
        if (r.high().compareTo(BigDecimal.ONE) > 0) {
            throw new ValidationException(field + " must be within 0..1, was " + r);
        }
    }

    /** Builder starting from the defaults; {@link #build()} validates. */
    public static final class Builder {
        private Range averageOrderValue = DEFAULT_AVERAGE_ORDER_VALUE;
        private Range conversionDropPerStar = DEFAULT_CONVERSION_DROP_PER_STAR;
        private Range negativeSaveRate = DEFAULT_NEGATIVE_SAVE_RATE;
        private Range fastResponseBoost = DEFAULT_FAST_RESPONSE_BOOST;
        private Range repeatPurchaseFactor = DEFAULT_REPEAT_PURCHASE_FACTOR;
        private BigDecimal atRiskShare = DEFAULT_AT_RISK_SHARE;
        private Duration slaThreshold = DEFAULT_SLA_THRESHOLD;

        private Builder() {
        }

        public Builder averageOrderValue(Range value) {
            this.averageOrderValue = value;
            return this;
        }

        public Builder conversionDropPerStar(Range value) {
            this.conversionDropPerStar = value;
            return this;
        }

        public Builder negativeSaveRate(Range value) {
            this.negativeSaveRate = value;
            return this;
        }

        public Builder fastResponseBoost(Range value) {
            this.fastResponseBoost = value;
            return this;
        }

        public Builder repeatPurchaseFactor(Range value) {
            this.repeatPurchaseFactor = value;
            return this;
        }

        public Builder atRiskShare(BigDecimal value) {
            this.atRiskShare = value;
            return this;
        }

        public Builder slaThreshold(Duration value) {
            this.slaThreshold = value;
            return this;
        }

        public RevenueCoefficients build() {
            return new RevenueCoefficients(averageOrderValue, conversionDropPerStar, negativeSaveRate,
                    fastResponseBoost, repeatPurchaseFactor, atRiskShare, slaThreshold);
        }
    }
}
