package ru.agentiq.billing.usage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import ru.agentiq.core.interaction.WireValue;

/** How a usage summary groups events in time. */
public enum UsageBucket implements WireValue {
    /** Calendar day. */
    DAY("day"),
    /** Week starting on Monday, keyed by that Monday. */
    WEEK("week"),
    /** Calendar month, keyed by its first day. */
    MONTH("month");

    private final String wire;

    UsageBucket(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The first day of the bucket that contains {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    public static UsageBucket fromWire(String value) {
        return WireValue.parse(UsageBucket.class, value, "bucket");
    }
}
