package ru.agentiq.core.priority;

import java.time.LocalTime;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * One window of a working day, in the seller's local time.
 *
 * @param opens  when the window opens
 * @param closes when it closes; {@link LocalTime#MIDNIGHT} means the end of the day
 */
public record OpeningHours(LocalTime opens, LocalTime closes) {

    public OpeningHours {
        Checks.required(opens, "opens");
        Checks.required(closes, "closes");
        if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
            throw new ValidationException("opening hours must close after they open, were " + opens + "-" + closes);
        }
    }

    /** Parses {@code HH:MM-HH:MM}, for example {@code 09:00-18:00}; {@code 24:00} closes at the end of the day. */
    public static OpeningHours parse(String text) {
        Checks.required(text, "opening hours");
        String[] parts = text.strip().split("-");
        if (parts.length != 2) {
            throw new ValidationException("opening hours must look like 09:00-18:00, was '" + text + "'");
        }
        try {
            LocalTime opens = LocalTime.parse(parts[0].strip());
            String close = parts[1].strip();
            LocalTime closes = close.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(close);
            return new OpeningHours(opens, closes);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException("opening hours must look like 09:00-18:00, was '" + text + "'");
        }
    }

    boolean overlaps(OpeningHours other) {
        return opens.isBefore(other.closesOrEndOfDay()) && other.opens.isBefore(closesOrEndOfDay());
    }

    private LocalTime closesOrEndOfDay() {
        return closes.equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : closes;
    }
}
