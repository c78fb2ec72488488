package ru.agentiq.wb.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Lenient parsing of WB's date strings: ISO-8601 with {@code Z} or an offset, {@code yyyy-MM-dd HH:mm:ss[±zz]},
 * naive values taken as UTC. Blank, unparseable and the blanked-field sentinel {@code 0001-01-01T00:00:00Z} give null.
 */
public final class Dates {

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS][.SSS]");
    private static final DateTimeFormatter SPACED_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS][.SSS]X");

    private Dates() {
    }

    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        Instant instant = attempt(text);
        if (instant == null || instant.getEpochSecond() <= 0) {
            return null;
        }
        return instant;
    }

    /** Milliseconds since the epoch (WB chat timestamps); zero and negative give null. */
    public static Instant ofMillis(Long millis) {
        return millis == null || millis <= 0 ? null : Instant.ofEpochMilli(millis);
    }

    private static Instant attempt(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // try the other shapes
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the other shapes
        }
        try {
            return OffsetDateTime.parse(text, SPACED_OFFSET).toInstant();
        } catch (DateTimeParseException e) {
            // try the other shapes
        }
        try {
            return LocalDateTime.parse(text, SPACED).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
