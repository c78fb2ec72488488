package ru.agentiq.core.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaStatusTest {

    private static final Instant DUE = Instant.parse("2026-03-02T12:00:00Z");
    private static final Duration HOUR = Duration.ofMinutes(60);

    private static SlaState at(Duration beforeDue) {
        return SlaStatus.of(DUE, DUE.minus(beforeDue), HOUR).state();
    }

    @Test
    void isOnTrackWithMoreThanTheWindowLeft() {
        assertThat(at(Duration.ofMinutes(60).plusSeconds(1))).isEqualTo(SlaState.ON_TRACK);
        assertThat(at(Duration.ofHours(5))).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void isDueSoonFromExactlyTheWindowToTheDeadline() {
        assertThat(at(Duration.ofMinutes(60))).isEqualTo(SlaState.DUE_SOON);
        assertThat(at(Duration.ofMinutes(1))).isEqualTo(SlaState.DUE_SOON);
        assertThat(at(Duration.ZERO)).isEqualTo(SlaState.DUE_SOON);
    }

    @Test
    void isOverdueOneInstantAfterTheDeadline() {
        assertThat(at(Duration.ofSeconds(-1))).isEqualTo(SlaState.OVERDUE);
        SlaStatus overdue = SlaStatus.of(DUE, DUE.plus(Duration.ofMinutes(90)), HOUR);
        assertThat(overdue.minutesLeft()).isEqualTo(-90);
        assertThat(overdue.remaining()).isEqualTo(Duration.ofMinutes(-90));
    }

    @Test
    void truncatesMinutesLeftTowardZero() {
        assertThat(SlaStatus.of(DUE, DUE.minusSeconds(119), HOUR).minutesLeft()).isEqualTo(1);
        assertThat(SlaStatus.of(DUE, DUE.plusSeconds(119), HOUR).minutesLeft()).isEqualTo(-1);
    }

    @Test
    void honoursAnotherWindow() {
        assertThat(SlaStatus.of(DUE, DUE.minus(Duration.ofMinutes(90)), Duration.ofMinutes(120)).state())
                .isEqualTo(SlaState.DUE_SOON);
    }

    @Test
    void hasNoStateWithoutADeadline() {
        assertThat(SlaStatus.of(null, DUE, HOUR)).isEqualTo(SlaStatus.NONE);
        assertThat(SlaStatus.NONE.minutesLeft()).isNull();
    }
}
