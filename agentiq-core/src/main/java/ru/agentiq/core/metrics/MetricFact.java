package ru.agentiq.core.metrics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Pattern;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * One measured number. Identity: (seller, metric, day, channel, source); a store keeps one fact per identity.
 *
 * @param sellerId   the tenant
 * @param metric     lower-case name, {@code [a-z][a-z0-9_.]*}, ≤ {@value #MAX_METRIC_LENGTH} characters
 * @param day        the day measured (in the recorder's time zone)
 * @param channel    the channel measured; null for a figure over all channels
 * @param source     the only data source the figure comes from
 * @param value      the figure: a count (scale 0) or a decimal of at most {@value #MAX_SCALE} places and
 *                   {@value #MAX_INTEGER_DIGITS} integer digits; kept without trailing zeros, so {@code 5.00} and
 *                   {@code 5} are the same fact
 * @param computedAt when it was computed, kept to microseconds
 */
public record MetricFact(SellerId sellerId, String metric, LocalDate day, Channel channel, InteractionSource source,
        BigDecimal value, Instant computedAt) {

    public static final int MAX_METRIC_LENGTH = 64;
    public static final int MAX_SCALE = 6;
    public static final int MAX_INTEGER_DIGITS = 18;

    /** The order {@link MetricFactStore#find} returns: day, channel (all channels first, then wire name), source. */
    public static final Comparator<MetricFact> ORDER = Comparator.comparing(MetricFact::day)
            .thenComparing(f -> f.channel() == null ? "" : f.channel().wire())
            .thenComparing(f -> f.source().wire());

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.]*");

    public MetricFact {
        Checks.required(sellerId, "sellerId");
        metric = metricName(metric);
        Checks.required(day, "day");
        Checks.required(source, "source");
        value = normalised(Checks.required(value, "value"));
        computedAt = Checks.micros(Checks.required(computedAt, "computedAt"));
    }

    /** A count. */
    public static MetricFact count(SellerId sellerId, String metric, LocalDate day, Channel channel,
            InteractionSource source, long value, Instant computedAt) {
        return new MetricFact(sellerId, metric, day, channel, source, BigDecimal.valueOf(value), computedAt);
    }

    /** Whether {@code other} has this fact's identity. */
    public boolean sameKey(MetricFact other) {
        return sellerId.equals(other.sellerId) && metric.equals(other.metric) && day.equals(other.day)
                && channel == other.channel && source == other.source;
    }

    /** Checks and trims a metric name. */
    public static String metricName(String metric) {
        String name = Checks.requiredText(metric, "metric", MAX_METRIC_LENGTH);
        if (!NAME.matcher(name).matches()) {
            throw new ValidationException("metric must be lower-case letters, digits, '_' or '.', starting with a "
                    + "letter, was '" + name + "'");
        }
        return name;
    }

    private static BigDecimal normalised(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        if (v.scale() > MAX_SCALE) {
            throw new ValidationException("value must have at most " + MAX_SCALE + " decimal places, was "
                    + value.toPlainString());
        }
        if (v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            throw new ValidationException("value must have at most " + MAX_INTEGER_DIGITS + " integer digits, was "
                    + value.toPlainString());
        }
        return v;
    }
}
