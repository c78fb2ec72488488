package ru.agentiq.core.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.internal.Checks;

/**
 * Definitions behind the communication metrics. Immutable; {@link #defaults()} or {@link #builder()}.
 *
 * @param defaultSlaTargets  the SLA of an interaction without its own due time, per channel (review 24 h, question
 *                           4 h, chat 1 h by default)
 * @param repeatWindow       an issue is a repeat when the same buyer (or, without a buyer id, the same product) raised
 *                           the same intent within this before
 * @param lightEditMaxRatio  an edited draft with at most this edit ratio still passes quality
 * @param revenue            the revenue model
 */
public record AnalyticsConfig(Map<Channel, Duration> defaultSlaTargets, Duration repeatWindow,
        BigDecimal lightEditMaxRatio, RevenueCoefficients revenue) {

    public static final Duration DEFAULT_REPEAT_WINDOW = Duration.ofDays(30);
    public static final BigDecimal DEFAULT_LIGHT_EDIT_MAX_RATIO = new BigDecimal("0.20");
    public static final int DEFAULT_PERIOD_DAYS = 30;
    public static final int MAX_PERIOD_DAYS = 365;

    private static final AnalyticsConfig DEFAULTS = builder().build();

    public AnalyticsConfig {
        Checks.required(defaultSlaTargets, "defaultSlaTargets");
        Map<Channel, Duration> copy = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            Duration d = defaultSlaTargets.get(c);
            if (d == null || d.compareTo(Duration.ofMinutes(1)) < 0 || d.compareTo(Duration.ofDays(7)) > 0) {
                throw new ValidationException("defaultSlaTargets." + c.wire() + " must be 1 minute..7 days, was " + d);
            }
            copy.put(c, d);
        }
        defaultSlaTargets = Map.copyOf(copy);
        Checks.required(repeatWindow, "repeatWindow");
        if (repeatWindow.compareTo(Duration.ofDays(1)) < 0 || repeatWindow.compareTo(Duration.ofDays(365)) > 0) {
            throw new ValidationException("repeatWindow must be 1..365 days, was " + repeatWindow);
        }
        Checks.required(lightEditMaxRatio, "lightEditMaxRatio");
        if (lightEditMaxRatio.signum() < 0 || lightEditMaxRatio.compareTo(BigDecimal.ONE) > 0) {
            throw new ValidationException("lightEditMaxRatio must be 0..1, was " + lightEditMaxRatio.toPlainString());
        }
        Checks.required(revenue, "revenue");
    }

    /** This config with another revenue model. */
    public AnalyticsConfig withRevenue(RevenueCoefficients value) {
        return new AnalyticsConfig(defaultSlaTargets, repeatWindow, lightEditMaxRatio, value);
    }

    public static AnalyticsConfig defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder starting from the defaults. */
    public static final class Builder {
        private final Map<Channel, Duration> slaTargets = new EnumMap<>(Map.of(
                Channel.REVIEW, Duration.ofHours(24), Channel.QUESTION, Duration.ofHours(4),
                Channel.CHAT, Duration.ofHours(1)));
        private Duration repeatWindow = DEFAULT_REPEAT_WINDOW;
        private BigDecimal lightEditMaxRatio = DEFAULT_LIGHT_EDIT_MAX_RATIO;
        private RevenueCoefficients revenue = RevenueCoefficients.defaults();

        private Builder() {
        }

        public Builder defaultSlaTarget(Channel channel, Duration target) {
            slaTargets.put(Checks.required(channel, "channel"), target);
            return this;
        }

        public Builder repeatWindow(Duration value) {
            this.repeatWindow = value;
            return this;
        }

        public Builder lightEditMaxRatio(BigDecimal value) {
            this.lightEditMaxRatio = value;
            return this;
        }

        public Builder revenue(RevenueCoefficients value) {
            this.revenue = value;
            return this;
        }

        public AnalyticsConfig build() {
            return new AnalyticsConfig(slaTargets, repeatWindow, lightEditMaxRatio, revenue);
        }
    }
}
