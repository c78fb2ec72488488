package ru.agentiq.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.SellerId;

class SlaCalendarTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** 2026-03-02 is a Monday. */
    private static Instant moscow(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }

    private static SlaCalendar officeHours(SlaCalendar.DeadlineMode mode) {
        return SlaCalendar.builder().zone(MOSCOW).open(WEEKDAYS, OpeningHours.parse("09:00-18:00")).mode(mode)
                .build();
    }

    @Test
    void alwaysOpenAddsTheTarget() {
        Instant start = moscow("2026-03-07T23:30");
        assertThat(SlaCalendar.alwaysOpen().dueAt(start, Duration.ofMinutes(240)))
                .isEqualTo(start.plus(Duration.ofMinutes(240)));
        assertThat(SlaCalendar.alwaysOpen().isOpen(start)).isTrue();
    }

    @Nested
    class PushToNextOpening {

        private final SlaCalendar calendar = officeHours(SlaCalendar.DeadlineMode.PUSH_TO_NEXT_OPENING);

        @Test
        void keepsADeadlineInsideWorkingHours() {
            assertThat(calendar.dueAt(moscow("2026-03-02T10:00"), Duration.ofMinutes(240)))
                    .isEqualTo(moscow("2026-03-02T14:00"));
        }

        @Test
        void keepsADeadlineExactlyAtClosing() {
            assertThat(calendar.dueAt(moscow("2026-03-02T14:00"), Duration.ofMinutes(240)))
                    .isEqualTo(moscow("2026-03-02T18:00"));
        }

        @Test
        void movesAnEveningDeadlineToTheNextMorning() {
            assertThat(calendar.dueAt(moscow("2026-03-02T17:00"), Duration.ofMinutes(120)))
                    .isEqualTo(moscow("2026-03-03T09:00"));
        }

        @Test
        void movesAWeekendDeadlineToMonday() {
            assertThat(calendar.dueAt(moscow("2026-03-06T17:30"), Duration.ofMinutes(60)))
                    .isEqualTo(moscow("2026-03-09T09:00"));
            assertThat(calendar.dueAt(moscow("2026-03-07T12:00"), Duration.ofMinutes(60)))
                    .isEqualTo(moscow("2026-03-09T09:00"));
        }

        @Test
        void answersWhetherItIsOpen() {
            assertThat(calendar.isOpen(moscow("2026-03-02T08:59"))).isFalse();
            assertThat(calendar.isOpen(moscow("2026-03-02T09:00"))).isTrue();
            assertThat(calendar.isOpen(moscow("2026-03-02T18:00"))).isFalse();
            assertThat(calendar.nextOpening(moscow("2026-03-07T10:00"))).isEqualTo(moscow("2026-03-09T09:00"));
            assertThat(calendar.nextOpening(moscow("2026-03-02T10:00"))).isEqualTo(moscow("2026-03-02T10:00"));
        }
    }

    @Nested
    class BusinessTime {

        private final SlaCalendar calendar = officeHours(SlaCalendar.DeadlineMode.BUSINESS_TIME);

        @Test
        void countsOnlyWorkingMinutes() {
            assertThat(calendar.dueAt(moscow("2026-03-02T17:00"), Duration.ofMinutes(120)))
                    .isEqualTo(moscow("2026-03-03T10:00"));
        }

        @Test
        void startsCountingAtTheNextOpening() {
            assertThat(calendar.dueAt(moscow("2026-03-07T15:00"), Duration.ofMinutes(60)))
                    .isEqualTo(moscow("2026-03-09T10:00"));
        }

        @Test
        void spansSeveralDays() {
            assertThat(calendar.dueAt(moscow("2026-03-05T09:00"), Duration.ofHours(18)))
                    .isEqualTo(moscow("2026-03-06T18:00"));
            assertThat(calendar.dueAt(moscow("2026-03-05T09:00"), Duration.ofHours(18).plusMinutes(1)))
                    .isEqualTo(moscow("2026-03-09T09:01"));
        }
    }

    @Test
    void supportsSeveralWindowsAndEndOfDay() {
        SlaCalendar split = SlaCalendar.builder().zone(MOSCOW)
                .open(DayOfWeek.MONDAY, OpeningHours.parse("09:00-13:00"))
                .open(DayOfWeek.MONDAY, OpeningHours.parse("14:00-24:00"))
                .build();
        assertThat(split.dueAt(moscow("2026-03-02T12:30"), Duration.ofMinutes(45)))
                .isEqualTo(moscow("2026-03-02T14:00"));
        assertThat(split.isOpen(moscow("2026-03-02T23:59"))).isTrue();
        assertThat(split.dueAt(moscow("2026-03-02T23:30"), Duration.ofMinutes(60)))
                .isEqualTo(moscow("2026-03-09T09:00"));
    }

    @Test
    void followsDaylightSavingInTheSellersZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        SlaCalendar calendar = SlaCalendar.builder().zone(berlin)
                .open(List.of(DayOfWeek.values()), OpeningHours.parse("09:00-18:00")).build();
        Instant saturdayEvening = LocalDateTime.parse("2026-03-28T17:30").atZone(berlin).toInstant();
        assertThat(calendar.dueAt(saturdayEvening, Duration.ofMinutes(60)))
                .isEqualTo(LocalDateTime.parse("2026-03-29T09:00").atZone(berlin).toInstant());
        assertThat(Duration.between(saturdayEvening, calendar.dueAt(saturdayEvening, Duration.ofMinutes(60))))
                .isEqualTo(Duration.ofMinutes(14 * 60 + 30));
    }

    @Test
    void rejectsBadOpeningHours() {
        assertThatThrownBy(() -> OpeningHours.parse("18:00-09:00")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("close after they open");
        assertThatThrownBy(() -> OpeningHours.parse("9-18")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("09:00-18:00");
        assertThatThrownBy(() -> SlaCalendar.builder().open(DayOfWeek.MONDAY, OpeningHours.parse("09:00-13:00"))
                .open(DayOfWeek.MONDAY, OpeningHours.parse("12:00-18:00")).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("overlap");
    }

    @Test
    void questionDeadlinesRunOnTheSellersCalendar() {
        PriorityConfig config = PriorityConfig.builder()
                .calendar(officeHours(SlaCalendar.DeadlineMode.PUSH_TO_NEXT_OPENING)).build();
        InteractionPrioritizer prioritizer = InteractionPrioritizer.builder().config(config).build();
        PriorityAssessment a = prioritizer.assessQuestion(SellerId.of(1), "Когда будет в наличии?", false,
                moscow("2026-03-06T17:00"), moscow("2026-03-06T17:05"));
        assertThat(a.slaDueAt()).isEqualTo(moscow("2026-03-09T09:00"));
        assertThat(a.slaTargetMinutes()).isEqualTo(120);
    }
}
