package ru.agentiq.core.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.agentiq.core.linking.Pairs.T0;
import static ru.agentiq.core.linking.Pairs.chat;
import static ru.agentiq.core.linking.Pairs.named;
import static ru.agentiq.core.linking.Pairs.review;
import static ru.agentiq.core.linking.Pairs.stored;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.agentiq.core.interaction.InteractionData;

class LinkScorerTest {

    private final LinkScorer piloted = new LinkScorer(LinkingConfig.piloted());
    private final LinkScorer plan = new LinkScorer(LinkingConfig.plan());

    private LinkScore score(LinkScorer scorer, InteractionData.Builder a, InteractionData.Builder b) {
        return scorer.score(stored(a), stored(b));
    }

    private static double sum(LinkScore score) {
        return score.contributions().stream().mapToInt(c -> (int) Math.round(c.weight() * 1000)).sum() / 1000.0;
    }

    @Nested
    class DeterministicSignals {

        @Test
        void anOrderMatchAloneIsLiftedToTheFloor() {
            LinkScore s = score(piloted, review().orderId("o1"), chat().orderId("o1"));

            assertThat(s.confidence()).isEqualTo(0.90);
            assertThat(s.linkType()).isEqualTo(LinkType.DETERMINISTIC);
            assertThat(s.signals()).containsExactly(LinkSignal.ORDER_ID_EXACT);
            assertThat(s.contributions()).containsExactly(new Contribution("order_id_exact", 0.88),
                    new Contribution(Contribution.DETERMINISTIC_FLOOR, 0.02));
            assertThat(s.explanation()).isEqualTo("deterministic by order_id");
            assertThat(s.band()).isEqualTo(ConfidenceBand.HIGH);
            assertThat(s.decision()).isEqualTo(ActionDecision.DETERMINISTIC_AUTO_ALLOWED);
        }

        @Test
        void aCustomerMatchAloneIsLiftedToTheFloor() {
            LinkScore s = score(piloted, review().customerId("b1"), chat().customerId("b1"));

            assertThat(s.confidence()).isEqualTo(0.90);
            assertThat(s.contributions()).containsExactly(new Contribution("customer_id_exact", 0.68),
                    new Contribution(Contribution.DETERMINISTIC_FLOOR, 0.22));
            assertThat(s.explanation()).isEqualTo("deterministic by customer_id");
            assertThat(s.autoActionAllowed()).isTrue();
        }

        @Test
        void everythingTogetherIsCappedAt099AndTheWaterfallShowsTheCut() {
            InteractionData.Builder a = review().orderId("o1").customerId("b1").nmId("n1").productArticle("a1")
                    .occurredAt(T0).text("пришла куртка молния сломалась").extraData(named("user_name", "Иван"));
            InteractionData.Builder b = chat().orderId("o1").customerId("b1").nmId("n1").productArticle("a1")
                    .occurredAt(T0.plusSeconds(60)).text("куртка молния сломалась пришла")
                    .extraData(named("customer_name", "иван"));

            LinkScore s = score(piloted, a, b);

            assertThat(s.confidence()).isEqualTo(0.99);
            assertThat(s.signals()).containsExactly(LinkSignal.ORDER_ID_EXACT, LinkSignal.CUSTOMER_ID_EXACT,
                    LinkSignal.NM_ID_EXACT, LinkSignal.PRODUCT_ARTICLE_EXACT, LinkSignal.TIME_WINDOW_24H,
                    LinkSignal.NAME_MATCH, LinkSignal.SEMANTIC_OVERLAP_HIGH);
            assertThat(s.contributions()).last().isEqualTo(new Contribution(Contribution.CONFIDENCE_CAP, -1.57));
            assertThat(sum(s)).isEqualTo(0.99);
        }

        @Test
        void anOrderAboveTheFloorNeedsNoLift() {
            LinkScore s = score(piloted, review().orderId("o1").nmId("n1"), chat().orderId("o1").nmId("n1"));

            assertThat(s.confidence()).isEqualTo(0.99);
            assertThat(s.contributions()).containsExactly(new Contribution("order_id_exact", 0.88),
                    new Contribution("nm_id_exact", 0.34), new Contribution(Contribution.CONFIDENCE_CAP, -0.23));
        }

        @Test
        void aSwitchedOffCustomerSignalNoLongerMakesTheLinkDeterministic() {
            LinkScorer noCustomer = new LinkScorer(LinkingConfig.piloted().toBuilder()
                    .weight(LinkSignal.CUSTOMER_ID_EXACT, 0).build());

            LinkScore s = score(noCustomer, review().customerId("b1").nmId("n"), chat().customerId("b1").nmId("n"));

            assertThat(s.linkType()).isEqualTo(LinkType.PROBABILISTIC);
            assertThat(s.signals()).containsExactly(LinkSignal.NM_ID_EXACT);
        }
    }

    @Nested
    class ProductSignals {

        @Test
        void nmIdAloneWeighs034AndIsProbabilistic() {
            LinkScore s = score(piloted, review().nmId("n1"), chat().nmId("n1"));

            assertThat(s.confidence()).isEqualTo(0.34);
            assertThat(s.linkType()).isEqualTo(LinkType.PROBABILISTIC);
            assertThat(s.explanation()).isEqualTo("product context + time proximity");
            assertThat(s.decision()).isEqualTo(ActionDecision.PROBABILISTIC_ASSIST_ONLY);
        }

        @Test
        void articleAloneWeighs028() {
            assertThat(score(piloted, review().productArticle("A"), chat().productArticle("A")).confidence())
                    .isEqualTo(0.28);
        }

        @Test
        void referencesCompareExactly() {
            assertThat(score(piloted, review().nmId("N1"), chat().nmId("n1")).signals()).isEmpty();
        }

        @Test
        void nmIdAndArticleTogetherReachAnalyticsOnly() {
            LinkScore s = score(piloted, review().nmId("n").productArticle("a"), chat().nmId("n").productArticle("a"));

            assertThat(s.confidence()).isEqualTo(0.62);
            assertThat(s.band()).isEqualTo(ConfidenceBand.ANALYTICS_ONLY);
        }
    }

    @Nested
    class TimeWindows {

        @ParameterizedTest
        @CsvSource({
                "0, time_window_24h, 0.16",
                "86400000, time_window_24h, 0.16",
                "86400001, time_window_7d, 0.10",
                "604800000, time_window_7d, 0.10",
                "604800001, time_window_30d, 0.05",
                "2592000000, time_window_30d, 0.05"})
        void aGapEarnsTheNarrowestWindowContainingIt(long gapMillis, String signal, double weight) {
            LinkScore s = score(piloted, review().occurredAt(T0), chat().occurredAt(T0.plusMillis(gapMillis)));

            assertThat(s.contributions()).containsExactly(new Contribution(signal, weight));
        }

        @Test
        void beyondThirtyDaysOrWithAnUnknownTimeThereIsNoTimeSignal() {
            assertThat(score(piloted, review().occurredAt(T0), chat().occurredAt(T0.plus(Duration.ofDays(30))
                    .plusMillis(1))).signals()).isEmpty();
            assertThat(score(piloted, review().occurredAt(T0), chat()).signals()).isEmpty();
        }

        @Test
        void theDirectionOfTheGapDoesNotMatter() {
            assertThat(score(piloted, review().occurredAt(T0.plus(Duration.ofHours(30))), chat().occurredAt(T0))
                    .signals()).containsExactly(LinkSignal.TIME_WINDOW_7D);
        }

        @Test
        void aSwitchedOffNarrowWindowFallsThroughToTheNextEnabledOne() {
            LinkScorer scorer = new LinkScorer(LinkingConfig.piloted().toBuilder()
                    .weight(LinkSignal.TIME_WINDOW_24H, 0).build());

            assertThat(score(scorer, review().occurredAt(T0), chat().occurredAt(T0.plusSeconds(60))).signals())
                    .containsExactly(LinkSignal.TIME_WINDOW_7D);
        }
    }

    @Nested
    class Names {

        @Test
        void equalNormalisedNamesWeigh012() {
            LinkScore s = score(piloted, review().extraData(named("user_name", " Иван  П. ")),
                    chat().extraData(named("customer_name", "иван п")));

            assertThat(s.contributions()).containsExactly(new Contribution("name_match_probabilistic", 0.12));
            assertThat(s.explanation()).isEqualTo("probabilistic by name with product/time context");
        }

        @Test
        void aNameContainedInTheOtherWeighs008() {
            assertThat(score(piloted, review().extraData(named("user_name", "Мария")),
                    chat().extraData(named("name", "Мария К."))).contributions())
                    .containsExactly(new Contribution("name_partial_match_probabilistic", 0.08));
        }

        @Test
        void aContainedNameOfTwoLettersDoesNotCount() {
            assertThat(score(piloted, review().extraData(named("user_name", "Ма")),
                    chat().extraData(named("name", "Мария"))).signals()).isEmpty();
        }

        @Test
        void yoAndYeAreTheSameLetter() {
            assertThat(score(piloted, review().extraData(named("user_name", "Алёна")),
                    chat().extraData(named("customer_name", "Алена"))).signals())
                    .containsExactly(LinkSignal.NAME_MATCH);
        }

        @Test
        void theFirstNonBlankNameKeyIsUsed() {
            InteractionData.Builder a = review().extraData(ru.agentiq.core.interaction.ExtraData.of(
                    "user_name", " ", "customer_name", "Олег", "name", "Пётр"));

            assertThat(score(piloted, a, chat().extraData(named("name", "Олег"))).signals())
                    .containsExactly(LinkSignal.NAME_MATCH);
        }
    }

    @Nested
    class WordOverlap {

        /** {@code total} distinct words of which the first {@code common} are shared with {@link #other}. */
        private String words(int from, int count) {
            return IntStream.range(from, from + count).mapToObj(i -> "слово" + (char) ('а' + i % 32) + i)
                    .collect(Collectors.joining(" "));
        }

        private LinkScore overlap(int common, int onlyA, int onlyB) {
            String a = words(0, common) + " " + words(100, onlyA);
            String b = words(0, common) + " " + words(200, onlyB);
            return score(piloted, review().text(a), chat().text(b));
        }

        @Test
        void jaccardOfExactly045IsHigh() {
            assertThat(overlap(9, 5, 6).contributions())
                    .containsExactly(new Contribution("semantic_overlap_high", 0.10));
        }

        @Test
        void justBelow045IsMedium() {
            assertThat(overlap(9, 6, 6).signals()).containsExactly(LinkSignal.SEMANTIC_OVERLAP_MEDIUM);
        }

        @Test
        void jaccardOfExactly025IsMediumAt006() {
            assertThat(overlap(5, 7, 8).contributions())
                    .containsExactly(new Contribution("semantic_overlap_medium", 0.06));
        }

        @Test
        void justBelow025IsNothing() {
            assertThat(overlap(5, 8, 8).signals()).isEmpty();
        }

        @Test
        void wordsOfTwoLettersOrFewerAndCaseDoNotMatter() {
            assertThat(score(piloted, review().text("Я НЕ он, КУРТКА!"), chat().text("куртка я не он")).signals())
                    .containsExactly(LinkSignal.SEMANTIC_OVERLAP_HIGH);
            assertThat(score(piloted, review().text("я не он"), chat().text("я не он")).signals()).isEmpty();
        }
    }

    @Nested
    class PlanProfile {

        @Test
        void nmIdWithinTheDayAndSimilarWordsReachTheHighBandButStayAssistOnly() {
            InteractionData.Builder a = review().nmId("n").occurredAt(T0).text("молния сломалась куртка");
            InteractionData.Builder b = chat().nmId("n").occurredAt(T0.plusSeconds(3_600)).text("куртка молния сломалась");

            LinkScore s = score(plan, a, b);

            assertThat(s.contributions()).containsExactly(new Contribution("nm_id_exact", 0.45),
                    new Contribution("time_window_24h", 0.20), new Contribution("semantic_overlap_high", 0.20));
            assertThat(s.confidence()).isEqualTo(0.85);
            assertThat(s.band()).isEqualTo(ConfidenceBand.HIGH);
            assertThat(s.decision()).isEqualTo(ActionDecision.PROBABILISTIC_ASSIST_ONLY);
        }

        @Test
        void aNameAddsPointOneAndMediumOverlapPointZeroFive() {
            InteractionData.Builder a = review().nmId("n").text("один два три четыре").extraData(named("user_name",
                    "Олег"));
            InteractionData.Builder b = chat().nmId("n").text("один два пять шесть").extraData(named("user_name",
                    "Олег"));

            assertThat(score(plan, a, b).contributions()).containsExactly(new Contribution("nm_id_exact", 0.45),
                    new Contribution("name_match_probabilistic", 0.10),
                    new Contribution("semantic_overlap_medium", 0.05));
        }

        @Test
        void theArticleAndTheWiderWindowsDoNotCount() {
            assertThat(score(plan, review().productArticle("a").occurredAt(T0),
                    chat().productArticle("a").occurredAt(T0.plus(Duration.ofDays(3)))).signals()).isEmpty();
        }
    }

    @Test
    void identicalEvidenceSharesOneScoreInstance() {
        LinkScore first = score(piloted, review().nmId("x"), chat().nmId("x"));
        LinkScore second = score(piloted, review().nmId("y"), chat().nmId("y"));

        assertThat(first).isSameAs(second);
    }

    @Test
    void contributionsAlwaysAddUpToTheConfidence() {
        List<InteractionData.Builder> as = List.of(review().orderId("o"), review().nmId("n").occurredAt(T0),
                review().customerId("c").productArticle("a").occurredAt(T0));
        List<InteractionData.Builder> bs = List.of(chat().orderId("o").nmId("n").occurredAt(T0),
                chat().customerId("c").productArticle("a").occurredAt(T0.plusSeconds(90_000)));
        for (InteractionData.Builder a : as) {
            for (InteractionData.Builder b : bs) {
                LinkScore s = score(piloted, a, b);
                assertThat(sum(s)).as("%s", s).isEqualTo(s.confidence());
            }
        }
    }
}
