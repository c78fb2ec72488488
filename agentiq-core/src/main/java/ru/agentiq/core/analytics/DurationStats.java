package ru.agentiq.core.analytics;

import java.time.Duration;
import java.util.List;

/**
 * Distribution of a set of durations in whole minutes.
 *
 * @param samples       how many durations
 * @param medianMinutes the median (lower middle for an even count); null without samples
 * @param p90Minutes    the 90th percentile (nearest rank); null without samples
 */
public record DurationStats(long samples, Long medianMinutes, Long p90Minutes) {

    public static final DurationStats EMPTY = new DurationStats(0, null, null);

    /** Stats of {@code durations} (negative ones count as zero: clocks of two systems can disagree a little). */
    public static DurationStats of(List<Duration> durations) {
        if (durations.isEmpty()) {
            return EMPTY;
        }
        long[] minutes = durations.stream().mapToLong(d -> d.isNegative() ? 0 : d.toMinutes()).sorted().toArray();
        int n = minutes.length;
        long median = minutes[(n - 1) / 2];
        long p90 = minutes[(int) Math.ceil(0.9 * n) - 1];
        return new DurationStats(n, median, p90);
    }
}
