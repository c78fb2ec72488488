package ru.agentiq.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.interaction.Interactions.OTHER_SELLER;
import static ru.agentiq.core.interaction.Interactions.SELLER;
import static ru.agentiq.core.interaction.Interactions.T0;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.SellerId;

/** Conformance kit for {@link MetricFactStore}; every implementation extends it. */
public abstract class MetricFactStoreContract {

    static final LocalDate D1 = LocalDate.parse("2026-11-01");
    static final String RECEIVED = "interactions_received";

    protected MetricFactStore store;

    protected abstract MetricFactStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    static MetricFact fact(SellerId seller, String metric, LocalDate day, Channel channel, InteractionSource source,
            String value) {
        return new MetricFact(seller, metric, day, channel, source, new BigDecimal(value), T0);
    }

    static MetricFact received(LocalDate day, Channel channel, InteractionSource source, long value) {
        return MetricFact.count(SELLER, RECEIVED, day, channel, source, value, T0);
    }

    List<MetricFact> all(String metric) {
        return store.find(MetricFactQuery.of(SELLER, metric, D1.minusDays(30), D1.plusDays(30)));
    }

    @Nested
    class Writing {

        @Test
        void readsBackEveryFieldOfCountsAndDecimals() {
            MetricFact count = received(D1, Channel.REVIEW, InteractionSource.WB_API, 42);
            MetricFact rate = new MetricFact(SELLER, "sla_hit_rate", D1, Channel.QUESTION,
                    InteractionSource.WBCON_FALLBACK, new BigDecimal("0.8750"), T0.plusNanos(123_456_000));
            MetricFact overall = fact(SELLER, RECEIVED, D1, null, InteractionSource.WB_API, "100");

            store.upsert(SELLER, List.of(count, rate, overall));

            assertThat(all(RECEIVED)).containsExactly(overall, count);
            assertThat(all("sla_hit_rate")).containsExactly(rate);
            assertThat(all("sla_hit_rate").get(0).value()).isEqualTo(new BigDecimal("0.875"));
        }

        @Test
        void keepsLargeCountsAndSixDecimalPlacesExactly() {
            MetricFact big = fact(SELLER, "revenue_at_risk", D1, null, InteractionSource.WB_API,
                    "123456789012345678.123456");
            MetricFact negative = fact(SELLER, "delta", D1, null, InteractionSource.WB_API, "-0.000001");

            store.upsert(SELLER, List.of(big, negative));

            assertThat(all("revenue_at_risk")).containsExactly(big);
            assertThat(all("delta")).containsExactly(negative);
        }

        @Test
        void anUpsertReplacesTheFactOfTheSameIdentityOnly() {
            store.upsert(SELLER, List.of(received(D1, Channel.REVIEW, InteractionSource.WB_API, 5),
                    received(D1, Channel.REVIEW, InteractionSource.WBCON_FALLBACK, 7)));

            MetricFact recomputed = received(D1, Channel.REVIEW, InteractionSource.WB_API, 6);
            store.upsert(SELLER, List.of(recomputed));

            assertThat(all(RECEIVED)).containsExactly(recomputed,
                    received(D1, Channel.REVIEW, InteractionSource.WBCON_FALLBACK, 7));
        }

        @Test
        void theLaterOfTwoFactsOfOneIdentityInOneCallWins() {
            store.upsert(SELLER, List.of(received(D1, Channel.CHAT, InteractionSource.WB_API, 1),
                    received(D1, Channel.CHAT, InteractionSource.WB_API, 2)));

            assertThat(all(RECEIVED)).extracting(MetricFact::value).containsExactly(BigDecimal.valueOf(2));
        }

        @Test
        void refusesAnotherSellersFactAndWritesNothing() {
            List<MetricFact> facts = List.of(received(D1, Channel.CHAT, InteractionSource.WB_API, 1),
                    MetricFact.count(OTHER_SELLER, RECEIVED, D1, Channel.CHAT, InteractionSource.WB_API, 9, T0));

            assertThatThrownBy(() -> store.upsert(SELLER, facts)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("belongs to seller 2");
            assertThat(all(RECEIVED)).isEmpty();
        }
    }

    @Nested
    class ReplacingADay {

        @Test
        void dropsTheDaysFactsOfTheMetricsThatTheNewSetNoLongerHas() {
            store.upsert(SELLER, List.of(received(D1, Channel.REVIEW, InteractionSource.WB_API, 5),
                    received(D1, Channel.REVIEW, InteractionSource.DEMO, 3),
                    received(D1.plusDays(1), Channel.REVIEW, InteractionSource.DEMO, 4),
                    fact(SELLER, "other_metric", D1, null, InteractionSource.DEMO, "1")));
            MetricFact recomputed = received(D1, Channel.REVIEW, InteractionSource.WB_API, 6);

            store.replaceDay(SELLER, D1, Set.of(RECEIVED), List.of(recomputed));

            assertThat(all(RECEIVED)).containsExactly(recomputed,
                    received(D1.plusDays(1), Channel.REVIEW, InteractionSource.DEMO, 4));
            assertThat(all("other_metric")).hasSize(1);
        }

        @Test
        void anEmptySetClearsTheDay() {
            store.upsert(SELLER, List.of(received(D1, Channel.REVIEW, InteractionSource.WB_API, 5)));

            store.replaceDay(SELLER, D1, Set.of(RECEIVED), List.of());

            assertThat(all(RECEIVED)).isEmpty();
        }

        @Test
        void refusesAFactOfAnotherDayOrMetricAndChangesNothing() {
            MetricFact kept = received(D1, Channel.REVIEW, InteractionSource.WB_API, 5);
            store.upsert(SELLER, List.of(kept));

            assertThatThrownBy(() -> store.replaceDay(SELLER, D1, Set.of(RECEIVED),
                    List.of(received(D1.plusDays(1), Channel.REVIEW, InteractionSource.WB_API, 1))))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("not of the day replaced");
            assertThatThrownBy(() -> store.replaceDay(SELLER, D1, Set.of(RECEIVED),
                    List.of(fact(SELLER, "other", D1, null, InteractionSource.WB_API, "1"))))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("not among the metrics");
            assertThat(all(RECEIVED)).containsExactly(kept);
        }

        @Test
        void leavesAnotherSellersDayAlone() {
            MetricFact theirs = MetricFact.count(OTHER_SELLER, RECEIVED, D1, Channel.REVIEW,
                    InteractionSource.WB_API, 9, T0);
            store.upsert(OTHER_SELLER, List.of(theirs));

            store.replaceDay(SELLER, D1, Set.of(RECEIVED), List.of());

            assertThat(store.find(MetricFactQuery.of(OTHER_SELLER, RECEIVED, D1, D1))).containsExactly(theirs);
        }
    }

    @Nested
    class Querying {

        @Test
        void returnsTheRangeInclusiveOrderedByDayChannelAndSource() {
            store.upsert(SELLER, List.of(
                    received(D1.plusDays(2), Channel.REVIEW, InteractionSource.WB_API, 1),
                    received(D1, Channel.REVIEW, InteractionSource.WBCON_FALLBACK, 2),
                    received(D1, Channel.REVIEW, InteractionSource.WB_API, 3),
                    received(D1, Channel.CHAT, InteractionSource.WB_API, 4),
                    received(D1, null, InteractionSource.WB_API, 5),
                    received(D1.plusDays(1), Channel.QUESTION, InteractionSource.DEMO, 6),
                    received(D1.minusDays(1), Channel.REVIEW, InteractionSource.WB_API, 7),
                    received(D1.plusDays(3), Channel.REVIEW, InteractionSource.WB_API, 8)));

            List<MetricFact> found = store.find(MetricFactQuery.of(SELLER, RECEIVED, D1, D1.plusDays(2)));

            assertThat(found).extracting(f -> f.value().longValue()).containsExactly(5L, 4L, 3L, 2L, 6L, 1L);
        }

        @Test
        void filtersBySourceWhenAsked() {
            store.upsert(SELLER, List.of(received(D1, Channel.REVIEW, InteractionSource.WB_API, 1),
                    received(D1, Channel.REVIEW, InteractionSource.WBCON_FALLBACK, 2)));

            assertThat(store.find(MetricFactQuery.of(SELLER, RECEIVED, D1, D1)
                    .withSource(InteractionSource.WBCON_FALLBACK)))
                    .containsExactly(received(D1, Channel.REVIEW, InteractionSource.WBCON_FALLBACK, 2));
        }

        @Test
        void seesOnlyTheSellersOwnFacts() {
            store.upsert(OTHER_SELLER, List.of(MetricFact.count(OTHER_SELLER, RECEIVED, D1, Channel.REVIEW,
                    InteractionSource.WB_API, 9, T0)));

            assertThat(store.find(MetricFactQuery.of(SELLER, RECEIVED, D1, D1))).isEmpty();
        }

        @Test
        void rejectsARangeLongerThanTheMaximumOrBackwards() {
            assertThatThrownBy(() -> MetricFactQuery.of(SELLER, RECEIVED, D1, D1.plusDays(MetricFactQuery.MAX_DAYS)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("at most 366 days");
            assertThatThrownBy(() -> MetricFactQuery.of(SELLER, RECEIVED, D1, D1.minusDays(1)))
                    .isInstanceOf(ValidationException.class);
        }

        @Test
        void injectionLikeMetricNamesAreRefusedBeforeReachingTheStore() {
            assertThatThrownBy(() -> MetricFactQuery.of(SELLER, "x' OR '1'='1", D1, D1))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("metric");
        }
    }
}
