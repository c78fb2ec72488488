package ru.agentiq.wb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource({
        "2026-08-20T10:15:30Z, 2026-08-20T10:15:30Z",
        "2026-08-20T10:15:30.123456789Z, 2026-08-20T10:15:30.123456789Z",
        "2026-08-20T13:15:30+03:00, 2026-08-20T10:15:30Z",
        "2024-08-16T11:19:05+03:00, 2024-08-16T08:19:05Z",
        "2026-08-20T10:15:30, 2026-08-20T10:15:30Z",
        "2026-08-20 10:15:30, 2026-08-20T10:15:30Z",
        "2026-08-20 13:15:30+03, 2026-08-20T10:15:30Z",
        "2024-02-29T00:00:00Z, 2024-02-29T00:00:00Z",
    })
    void parsesWbsDateShapes(String text, String expected) {
        assertThat(Dates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "", "  ", "yesterday", "2026-02-30T10:00:00Z",
        "2026-13-01T00:00:00Z", "2026-08-20T25:00:00Z"})
    void givesNullForBlankedSentinelAndNonsense(String text) {
        assertThat(Dates.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"2026-08-20T10:15:30Z", "2026-08-20T10:15:30.5+05:30", "1999-12-31T23:59:59.999-08:00"})
    void theFastPathAgreesWithTheJdk(String text) {
        assertThat(Dates.fast(text)).isEqualTo(java.time.OffsetDateTime.parse(text).toInstant());
    }

    @org.junit.jupiter.api.Test
    void millisecondsOfZeroOrLessAreAbsent() {
        assertThat(Dates.ofMillis(0L)).isNull();
        assertThat(Dates.ofMillis(null)).isNull();
        assertThat(Dates.ofMillis(1_698_045_576_000L)).isEqualTo(Instant.ofEpochMilli(1_698_045_576_000L));
    }
}
