package ru.agentiq.core.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * Facts of one metric of a seller over a range of days.
 *
 * @param sellerId the tenant
 * @param metric   the metric name
 * @param from     first day, inclusive
 * @param to       last day, inclusive; at most {@value #MAX_DAYS} days including {@code from}
 * @param source   only facts of this source; null for every source
 */
public record MetricFactQuery(SellerId sellerId, String metric, LocalDate from, LocalDate to,
        InteractionSource source) {

    /** A year and a day: a leap year's daily series in one call. */
    public static final int MAX_DAYS = 366;

    public MetricFactQuery {
        Checks.required(sellerId, "sellerId");
        metric = MetricFact.metricName(metric);
        Checks.required(from, "from");
        Checks.required(to, "to");
        if (to.isBefore(from)) {
            throw new ValidationException("to must not be before from (" + from + "), was " + to);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new ValidationException("the range must span at most " + MAX_DAYS + " days, was " + days);
        }
    }

    /** Every source's facts of {@code metric} from {@code from} to {@code to}, both inclusive. */
    public static MetricFactQuery of(SellerId sellerId, String metric, LocalDate from, LocalDate to) {
        return new MetricFactQuery(sellerId, metric, from, to, null);
    }

    /** This query restricted to one source. */
    public MetricFactQuery withSource(InteractionSource value) {
        return new MetricFactQuery(sellerId, metric, from, to, value);
    }
}
