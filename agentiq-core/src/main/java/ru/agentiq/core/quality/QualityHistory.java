package ru.agentiq.core.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionEvent;

/**
 * Buckets events into UTC calendar days in one pass: an array indexed by day, no map, no per-event allocation. Used
 * by {@link QualityService#history} and benchmarked on a million events.
 */
public final class QualityHistory {

    private static final long SECONDS_PER_DAY = 86_400L;

    private QualityHistory() {
    }

    /**
     * One point per day from {@code firstDay} for {@code days} days, zero-filled. Events outside those days, or of
     * another channel when {@code channel} is set, are ignored.
     */
    public static List<QualityDay> aggregate(Iterable<InteractionEvent> events, LocalDate firstDay, int days,
            Channel channel, BigDecimal lightEditMaxRatio) {
        long firstEpochDay = firstDay.toEpochDay();
        QualityTally[] tallies = new QualityTally[days];
        for (int i = 0; i < days; i++) {
            tallies[i] = new QualityTally(lightEditMaxRatio);
        }
        for (InteractionEvent event : events) {
            if (channel != null && event.channel() != channel) {
                continue;
            }
            long index = epochDay(event.createdAt()) - firstEpochDay;
            if (index >= 0 && index < days) {
                tallies[(int) index].add(event);
            }
        }
        List<QualityDay> out = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            out.add(new QualityDay(LocalDate.ofEpochDay(firstEpochDay + i), tallies[i].counts()));
        }
        return out;
    }

    static long epochDay(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), SECONDS_PER_DAY);
    }
}
