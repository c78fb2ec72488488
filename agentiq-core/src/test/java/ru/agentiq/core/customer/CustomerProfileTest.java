package ru.agentiq.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.SellerId;

class CustomerProfileTest {

    static final SellerId SELLER = SellerId.of(5);
    static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    static final CustomerKey KEY = new CustomerKey(SELLER, Marketplace.WB, "buyer-1");
    private long ids;

    Interaction review(int rating, Instant at) {
        return new Interaction(InteractionId.of(++ids), InteractionData.builder(SELLER, Channel.REVIEW, "r" + ids)
                .customerId("buyer-1").rating(rating).occurredAt(at).build(), T0, T0);
    }

    Interaction of(Channel channel, String name) {
        return new Interaction(InteractionId.of(++ids), InteractionData.builder(SELLER, channel, "x" + ids)
                .customerId("buyer-1").occurredAt(T0.plusSeconds(ids))
                .extraData(name == null ? ExtraData.EMPTY : ExtraData.of("customer_name", name)).build(), T0, T0);
    }

    CustomerProfile withRatings(int... ratings) {
        CustomerProfile p = CustomerProfile.empty(KEY, T0);
        for (int i = 0; i < ratings.length; i++) {
            p = p.with(review(ratings[i], T0.plus(Duration.ofDays(i))), T0);
        }
        return p;
    }

    @Nested
    class Counters {

        @Test
        void countsEachChannelAndTheAverageRating() {
            CustomerProfile p = withRatings(5, 2).with(of(Channel.QUESTION, null), T0).with(of(Channel.CHAT, null), T0)
                    .with(of(Channel.CHAT, null), T0);

            assertThat(p.totalInteractions()).isEqualTo(5);
            assertThat(p.reviews()).isEqualTo(2);
            assertThat(p.questions()).isEqualTo(1);
            assertThat(p.chats()).isEqualTo(2);
            assertThat(p.averageRating()).hasValue(3.5);
        }

        @Test
        void aBuyerWhoNeverRatedHasNoAverage() {
            assertThat(CustomerProfile.empty(KEY, T0).with(of(Channel.CHAT, null), T0).averageRating()).isEmpty();
        }

        @Test
        void firstAndLastTouchFollowOccurrenceTimesWhateverTheOrderOfArrival() {
            CustomerProfile p = CustomerProfile.empty(KEY, T0).with(review(4, T0.plusSeconds(100)), T0)
                    .with(review(4, T0.minusSeconds(100)), T0);

            assertThat(p.firstInteractionAt()).isEqualTo(T0.minusSeconds(100));
            assertThat(p.lastInteractionAt()).isEqualTo(T0.plusSeconds(100));
        }

        @Test
        void keepsTheLatestFiveRatingsInTimeOrderEvenWhenTheyArriveOutOfOrder() {
            CustomerProfile p = CustomerProfile.empty(KEY, T0);
            int[] days = {6, 0, 5, 1, 4, 2, 3};
            for (int day : days) {
                p = p.with(review(1 + day % 5, T0.plus(Duration.ofDays(day))), T0);
            }

            assertThat(p.recentRatings()).extracting(RecentRating::at).containsExactly(T0.plus(Duration.ofDays(2)),
                    T0.plus(Duration.ofDays(3)), T0.plus(Duration.ofDays(4)), T0.plus(Duration.ofDays(5)),
                    T0.plus(Duration.ofDays(6)));
        }

        @Test
        void theDisplayNameIsTheLatestOneGiven() {
            CustomerProfile p = CustomerProfile.empty(KEY, T0).with(of(Channel.CHAT, "Марина"), T0)
                    .with(of(Channel.CHAT, null), T0).with(of(Channel.QUESTION, "Марина К."), T0);

            assertThat(p.displayName()).isEqualTo("Марина К.");
        }

        @Test
        void rejectsAnotherBuyersInteraction() {
            Interaction other = new Interaction(InteractionId.of(77), InteractionData.builder(SELLER, Channel.CHAT,
                    "c").customerId("buyer-2").build(), T0, T0);

            assertThatThrownBy(() -> CustomerProfile.empty(KEY, T0).with(other, T0))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("customer buyer-1");
        }
    }

    @Nested
    class Trend {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "'', NEUTRAL",
                "'4', NEUTRAL",
                "'2 3', IMPROVING",
                "'3 2', DECLINING",
                "'3 3', STABLE",
                "'1 1 3 3 3', IMPROVING",
                "'2 2 3 3', IMPROVING",
                "'2 2 2 3 3', STABLE",
                "'5 5 4 4 4', DECLINING",
                "'5 4 4 4 4', STABLE",
                "'3 1 5', STABLE",
                "'1 5 1', IMPROVING",
                "'3 1 2', DECLINING"})
        void followsTheHalvesRule(String ratings, SentimentTrend trend) {
            int[] values = ratings.isBlank() ? new int[0]
                    : java.util.Arrays.stream(ratings.split(" ")).mapToInt(Integer::parseInt).toArray();

            assertThat(withRatings(values).sentimentTrend()).isEqualTo(trend);
        }

        @Test
        void onlyTheLatestFiveRatingsCount() {
            assertThat(withRatings(5, 5, 5, 1, 1, 3, 3, 3).sentimentTrend()).isEqualTo(SentimentTrend.IMPROVING);
        }

        @Test
        void rejectsRatingsOutsideOneToFive() {
            assertThatThrownBy(() -> SentimentTrend.of(List.of(3, 6))).isInstanceOf(ValidationException.class);
        }
    }

    @Nested
    class RepeatComplainer {

        @Test
        void threeReviewsAllAtTwoStarsOrLessRaiseTheFlag() {
            assertThat(withRatings(2, 1, 2).repeatComplainer()).isTrue();
        }

        @Test
        void threeComplaintsAmongMoreReviewsStillCount() {
            assertThat(withRatings(5, 1, 5, 2, 5, 5, 5, 1).repeatComplainer()).isTrue();
        }

        @Test
        void twoComplaintsOrThreeStarReviewsDoNot() {
            assertThat(withRatings(1, 1, 5).repeatComplainer()).isFalse();
            assertThat(withRatings(3, 3, 3).repeatComplainer()).isFalse();
            assertThat(withRatings(1, 1).repeatComplainer()).isFalse();
        }
    }

    @Nested
    class DraftContext {

        @Test
        void namesTheBuyerCountsAndFlagsAsTheSeedDid() {
            CustomerProfile p = withRatings(3, 2, 1, 1).with(of(Channel.CHAT, "Марина"), T0.plusSeconds(1));

            assertThat(p.draftContext())
                    .isEqualTo("Клиент: Марина. Обращений: 5. Средний рейтинг: 1.8. Тренд: ухудшается. (повторные жалобы).");
        }

        @Test
        void leavesOutWhatIsNotKnown() {
            assertThat(CustomerProfile.empty(KEY, T0).with(of(Channel.CHAT, null), T0).draftContext())
                    .isEqualTo("Клиент. Обращений: 1.");
        }

        @Test
        void roundsTheAverageHalfUpToOneDecimal() {
            assertThat(withRatings(4, 5, 5, 5).draftContext()).contains("Средний рейтинг: 4.8").contains("Тренд: стабильный");
            assertThat(withRatings(1, 2).draftContext()).contains("Средний рейтинг: 1.5")
                    .contains("Тренд: улучшается");
        }
    }

    @Test
    void anAnonymousProfileIsThatOneTouch() {
        Interaction anonymous = new Interaction(InteractionId.of(9), InteractionData.builder(SELLER, Channel.REVIEW,
                "r").rating(1).extraData(ExtraData.of("user_name", "Гость")).build(), T0, T0);

        CustomerProfile p = CustomerProfile.anonymous(anonymous, T0);

        assertThat(p.isAnonymous()).isTrue();
        assertThat(p.key()).isNull();
        assertThat(p.draftContext()).isEqualTo("Клиент: Гость. Обращений: 1. Средний рейтинг: 1.0.");
    }

    @Test
    void aRebuildFromHistoryEqualsCountingOneByOneAndIgnoresRepeatsAndOtherBuyers() {
        List<Interaction> history = new ArrayList<>(List.of(review(2, T0.plusSeconds(30)), of(Channel.CHAT, "Ира"),
                review(1, T0.plusSeconds(10)), of(Channel.QUESTION, null)));
        CustomerProfile counted = CustomerProfile.empty(KEY, T0);
        for (Interaction i : history.stream().sorted(java.util.Comparator.comparing(CustomerProfile::timeOf)).toList()) {
            counted = counted.with(i, T0);
        }
        history.add(history.get(0));
        history.add(new Interaction(InteractionId.of(500), InteractionData.builder(SELLER, Channel.CHAT, "o")
                .customerId("someone-else").build(), T0, T0));

        assertThat(CustomerProfile.rebuild(KEY, history, T0)).isEqualTo(counted);
    }

    @Test
    void inconsistentCountersAreRejected() {
        assertThatThrownBy(() -> new CustomerProfile(SELLER, Marketplace.WB, "b", null, 3, 1, 1, 0, 0, 0, 0, T0, T0,
                List.of(), T0)).isInstanceOf(ValidationException.class).hasMessageContaining("totalInteractions");
        assertThatThrownBy(() -> new CustomerProfile(SELLER, Marketplace.WB, "b", null, 1, 1, 0, 0, 6, 1, 0, T0, T0,
                List.of(), T0)).isInstanceOf(ValidationException.class).hasMessageContaining("ratingSum");
    }
}
