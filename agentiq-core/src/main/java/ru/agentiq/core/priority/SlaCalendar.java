package ru.agentiq.core.priority;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * The clock SLA deadlines run on: the seller's time zone and, optionally, working hours per weekday.
 *
 * <p>With no working hours (the default) a deadline is simply the start plus the target. With working hours,
 * {@link DeadlineMode#PUSH_TO_NEXT_OPENING} (the default) computes the deadline on the wall clock and, when it falls
 * outside working hours, moves it to the next opening — how Zendesk and Chatwoot treat out-of-hours deadlines;
 * {@link DeadlineMode#BUSINESS_TIME} counts only minutes inside working hours. Windows do not cross midnight (end a
 * day at {@code 24:00} and start the next at {@code 00:00} instead); daylight-saving changes follow the zone's rules.
 *
 * @param zone         the seller's time zone
 * @param openingHours working windows per weekday; empty means always open
 * @param mode         how working hours shape a deadline
 */
public record SlaCalendar(ZoneId zone, Map<DayOfWeek, List<OpeningHours>> openingHours, DeadlineMode mode) {

    /** Wildberries sellers mostly work on Moscow time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

    private static final SlaCalendar ALWAYS_OPEN = new SlaCalendar(DEFAULT_ZONE, Map.of(),
            DeadlineMode.PUSH_TO_NEXT_OPENING);
    /** Guards against pathological calendars (a minute a week and a week-long target still fits easily). */
    private static final int MAX_WINDOWS_WALKED = 100_000;

    /** How working hours shape a deadline. */
    public enum DeadlineMode {
        /** Wall-clock deadline; one that falls outside working hours moves to the next opening. */
        PUSH_TO_NEXT_OPENING,
        /** Only time inside working hours counts towards the target. */
        BUSINESS_TIME
    }

    public SlaCalendar {
        Checks.required(zone, "zone");
        Checks.required(openingHours, "openingHours");
        Checks.required(mode, "mode");
        Map<DayOfWeek, List<OpeningHours>> copy = new EnumMap<>(DayOfWeek.class);
        openingHours.forEach((day, windows) -> {
            List<OpeningHours> sorted = new ArrayList<>(Checks.required(windows, "opening hours of " + day));
            sorted.sort(Comparator.comparing(OpeningHours::opens));
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                    throw new ValidationException("opening hours on " + day + " overlap: " + sorted.get(i - 1)
                            + " and " + sorted.get(i));
                }
            }
            if (!sorted.isEmpty()) {
                copy.put(Checks.required(day, "day"), List.copyOf(sorted));
            }
        });
        openingHours = Collections.unmodifiableMap(copy);
    }

    /** Always open, on Moscow time. */
    public static SlaCalendar alwaysOpen() {
        return ALWAYS_OPEN;
    }

    /** Always open, in {@code zone}. */
    public static SlaCalendar alwaysOpen(ZoneId zone) {
        return new SlaCalendar(zone, Map.of(), DeadlineMode.PUSH_TO_NEXT_OPENING);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isAlwaysOpen() {
        return openingHours.isEmpty();
    }

    /** Whether {@code instant} is inside working hours. */
    public boolean isOpen(Instant instant) {
        if (isAlwaysOpen()) {
            return true;
        }
        Instant[] window = windowEndingAfter(instant, false);
        return !window[0].isAfter(instant);
    }

    /** {@code instant} itself when open, otherwise the next opening. */
    public Instant nextOpening(Instant instant) {
        if (isAlwaysOpen()) {
            return instant;
        }
        Instant opens = windowEndingAfter(instant, false)[0];
        return opens.isAfter(instant) ? opens : instant;
    }

    /** The deadline for a target of {@code target} starting at {@code start}. */
    public Instant dueAt(Instant start, Duration target) {
        Checks.required(start, "start");
        Checks.required(target, "target");
        if (isAlwaysOpen()) {
            return start.plus(target);
        }
        if (mode == DeadlineMode.PUSH_TO_NEXT_OPENING) {
            Instant due = start.plus(target);
            Instant[] window = windowEndingAfter(due, true);
            return window[0].isAfter(due) ? window[0] : due;
        }
        Instant cursor = start;
        Duration remaining = target;
        for (int walked = 0; walked < MAX_WINDOWS_WALKED; walked++) {
            Instant[] window = windowEndingAfter(cursor, false);
            Instant from = window[0].isAfter(cursor) ? window[0] : cursor;
            Duration available = Duration.between(from, window[1]);
            if (remaining.compareTo(available) <= 0) {
                return from.plus(remaining);
            }
            remaining = remaining.minus(available);
            cursor = window[1];
        }
        throw new IllegalStateException("SLA target " + target + " does not fit the working hours");
    }

    /**
     * The first window whose end is after {@code instant} (or at it, when {@code inclusiveEnd}), as
     * {@code [opens, closes]} instants.
     */
    private Instant[] windowEndingAfter(Instant instant, boolean inclusiveEnd) {
        LocalDate date = instant.atZone(zone).toLocalDate().minusDays(1);
        for (int day = 0; day <= 8; day++, date = date.plusDays(1)) {
            List<OpeningHours> windows = openingHours.get(date.getDayOfWeek());
            if (windows == null) {
                continue;
            }
            for (OpeningHours window : windows) {
                Instant opens = date.atTime(window.opens()).atZone(zone).toInstant();
                Instant closes = window.closes().equals(LocalTime.MIDNIGHT)
                        ? date.plusDays(1).atStartOfDay(zone).toInstant()
                        : date.atTime(window.closes()).atZone(zone).toInstant();
                if (closes.isAfter(instant) || inclusiveEnd && closes.equals(instant)) {
                    return new Instant[] {opens, closes};
                }
            }
        }
        throw new IllegalStateException("calendar has no working hours");
    }

    /** Mutable, single-use builder; {@link #build()} validates. */
    public static final class Builder {
        private ZoneId zone = DEFAULT_ZONE;
        private final Map<DayOfWeek, List<OpeningHours>> openingHours = new EnumMap<>(DayOfWeek.class);
        private DeadlineMode mode = DeadlineMode.PUSH_TO_NEXT_OPENING;

        private Builder() {
        }

        public Builder zone(ZoneId zone) {
            this.zone = Checks.required(zone, "zone");
            return this;
        }

        /** Adds a working window on {@code day}. */
        public Builder open(DayOfWeek day, OpeningHours hours) {
            openingHours.computeIfAbsent(Checks.required(day, "day"), d -> new ArrayList<>())
                    .add(Checks.required(hours, "hours"));
            return this;
        }

        /** Adds the same working window on every listed day. */
        public Builder open(List<DayOfWeek> days, OpeningHours hours) {
            days.forEach(day -> open(day, hours));
            return this;
        }

        public Builder mode(DeadlineMode mode) {
            this.mode = Checks.required(mode, "mode");
            return this;
        }

        public SlaCalendar build() {
            return new SlaCalendar(zone, openingHours, mode);
        }
    }
}
