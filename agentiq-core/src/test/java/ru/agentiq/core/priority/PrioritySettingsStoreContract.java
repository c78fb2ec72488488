package ru.agentiq.core.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;

/**
 * Conformance kit for {@link PrioritySettingsStore}: every implementation (in memory, JDBC on H2 and PostgreSQL, your
 * own) extends it.
 */
public abstract class PrioritySettingsStoreContract {

    protected static final SellerId SELLER = SellerId.of(1);
    protected static final SellerId OTHER_SELLER = SellerId.of(2);

    protected PrioritySettingsStore store;

    /** A new, empty store. */
    protected abstract PrioritySettingsStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    /** Every field away from its default: SLA overrides, a non-Moscow zone, split and midnight-closing hours. */
    public static PriorityConfig everyFieldChanged() {
        SlaCalendar calendar = SlaCalendar.builder()
                .zone(ZoneId.of("Asia/Novosibirsk"))
                .open(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), OpeningHours.parse("09:00-13:00"))
                .open(DayOfWeek.MONDAY, OpeningHours.parse("14:00-24:00"))
                .open(DayOfWeek.SATURDAY, new OpeningHours(LocalTime.of(10, 30, 15), LocalTime.of(16, 45)))
                .mode(SlaCalendar.DeadlineMode.BUSINESS_TIME)
                .build();
        return PriorityConfig.builder()
                .chatSla(ChatIntent.SIZING_FIT, Priority.URGENT, 3)
                .chatSla(ChatIntent.THANKS, Priority.NORMAL, 10_080)
                .calendar(calendar)
                .dueSoonWindow(Duration.ofMinutes(45))
                .intentFallbackEnabled(true)
                .intentFallbackTimeout(Duration.ofMillis(1_500))
                .build();
    }

    @Nested
    class ASellerThatSetNothing {

        @Test
        void getsTheDefaults() {
            assertThat(store.forSeller(SELLER)).isEqualTo(PriorityConfig.defaults());
        }

        @Test
        void isUnaffectedByAReset() {
            store.reset(SELLER);

            assertThat(store.forSeller(SELLER)).isEqualTo(PriorityConfig.defaults());
        }
    }

    @Nested
    class AfterAPut {

        @Test
        void readsBackEveryFieldEqual() {
            PriorityConfig config = everyFieldChanged();

            store.put(SELLER, config);

            PriorityConfig read = store.forSeller(SELLER);
            assertThat(read).isEqualTo(config);
            assertThat(read.calendar().zone()).isEqualTo(ZoneId.of("Asia/Novosibirsk"));
            assertThat(read.calendar().openingHours().get(DayOfWeek.MONDAY)).hasSize(2);
            assertThat(read.chatSla().get(ChatIntent.SIZING_FIT)).isEqualTo(new IntentSla(Priority.URGENT, 3));
        }

        @Test
        void theLastWriteWins() {
            store.put(SELLER, everyFieldChanged());
            PriorityConfig later = PriorityConfig.builder().dueSoonWindow(Duration.ofDays(7)).build();

            store.put(SELLER, later);

            assertThat(store.forSeller(SELLER)).isEqualTo(later);
        }

        @Test
        void aResetGivesTheDefaultsAgain() {
            store.put(SELLER, everyFieldChanged());

            store.reset(SELLER);

            assertThat(store.forSeller(SELLER)).isEqualTo(PriorityConfig.defaults());
        }

        @Test
        void otherSellersStillGetTheirOwn() {
            PriorityConfig other = PriorityConfig.builder().intentFallbackEnabled(true).build();
            store.put(OTHER_SELLER, other);

            store.put(SELLER, everyFieldChanged());
            store.reset(SELLER);

            assertThat(store.forSeller(OTHER_SELLER)).isEqualTo(other);
            assertThat(store.forSeller(SellerId.of(3))).isEqualTo(PriorityConfig.defaults());
        }
    }
}
