package ru.agentiq.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
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
import ru.agentiq.core.interaction.InteractionNotFoundException;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.ReferenceKind;
import ru.agentiq.core.interaction.ReferenceQuery;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.linking.ActionMode;
import ru.agentiq.core.linking.ActionPolicy;
import ru.agentiq.core.linking.PolicyReason;
import ru.agentiq.core.memory.InMemoryInteractionRepository;

class TimelineServiceTest {

    private static final SellerId SELLER = SellerId.of(3);
    private static final Instant T0 = Instant.parse("2026-11-10T10:00:00Z");

    private final InMemoryInteractionRepository repository = new InMemoryInteractionRepository();
    private final TimelineService service = new TimelineService(repository, ActionPolicy.defaults());
    private int next;

    private Interaction store(Channel channel, java.util.function.UnaryOperator<InteractionData.Builder> fields) {
        InteractionData.Builder b = InteractionData.builder(SELLER, channel, channel.wire() + "-" + (++next))
                .occurredAt(T0);
        return repository.upsert(fields.apply(b).build(), T0).interaction();
    }

    private ThreadTimeline timeline(Interaction anchor) {
        return service.timeline(SELLER, anchor.id(), TimelineOptions.defaults());
    }

    private static Map<InteractionId, MatchReason> reasons(ThreadTimeline t) {
        return t.steps().stream().collect(java.util.stream.Collectors.toMap(TimelineStep::interactionId,
                TimelineStep::matchReason));
    }

    @Nested
    class Scopes {

        @Test
        void anOrderIdMakesACustomerOrderThreadOfOrderBuyerAndProductTouches() {
            Interaction anchor = store(Channel.CHAT, b -> b.orderId("o1").customerId("b1").nmId("n").productArticle("a"));
            Interaction sameOrder = store(Channel.REVIEW, b -> b.orderId("o1").rating(2));
            Interaction sameBuyer = store(Channel.QUESTION, b -> b.customerId("b1"));
            Interaction sameNm = store(Channel.REVIEW, b -> b.nmId("n").rating(5));
            Interaction sameArticle = store(Channel.QUESTION, b -> b.productArticle("a"));
            store(Channel.REVIEW, b -> b.nmId("other").rating(4));

            ThreadTimeline t = timeline(anchor);

            assertThat(t.scope()).isEqualTo(ThreadScope.CUSTOMER_ORDER);
            assertThat(t.threadKey()).isEqualTo(new ThreadKey("o1", "b1", "n", "a"));
            assertThat(reasons(t)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    anchor.id(), MatchReason.CURRENT_INTERACTION,
                    sameOrder.id(), MatchReason.ORDER_ID_EXACT,
                    sameBuyer.id(), MatchReason.CUSTOMER_ID_EXACT,
                    sameNm.id(), MatchReason.NM_ID_TIME_WINDOW,
                    sameArticle.id(), MatchReason.ARTICLE_TIME_WINDOW));
            assertThat(t.channelsPresent()).containsExactly(Channel.CHAT, Channel.QUESTION, Channel.REVIEW);
        }

        @Test
        void aCustomerIdWithoutOrderMakesACustomerThread() {
            assertThat(timeline(store(Channel.CHAT, b -> b.customerId("b1").nmId("n"))).scope())
                    .isEqualTo(ThreadScope.CUSTOMER);
        }

        @Test
        void onlyAProductMakesAProductThread() {
            assertThat(timeline(store(Channel.QUESTION, b -> b.productArticle("a"))).scope())
                    .isEqualTo(ThreadScope.PRODUCT);
        }

        @Test
        void nothingToLinkByIsASingleStepThatMayBeAutomated() {
            Interaction alone = store(Channel.QUESTION, b -> b);
            store(Channel.CHAT, b -> b);

            ThreadTimeline t = timeline(alone);

            assertThat(t.scope()).isEqualTo(ThreadScope.SINGLE);
            assertThat(t.steps()).singleElement().satisfies(step -> {
                assertThat(step.current()).isTrue();
                assertThat(step.confidence()).isEqualTo(1.0);
                assertThat(step.matchReason()).isEqualTo(MatchReason.CURRENT_INTERACTION);
                assertThat(step.autoActionAllowed()).isTrue();
            });
        }

        @Test
        void aSharedOrderCountsAsOrderEvenWhenTheBuyerMatchesToo() {
            Interaction anchor = store(Channel.CHAT, b -> b.orderId("o").customerId("b"));
            Interaction both = store(Channel.REVIEW, b -> b.orderId("o").customerId("b"));

            assertThat(reasons(timeline(anchor))).containsEntry(both.id(), MatchReason.ORDER_ID_EXACT);
        }
    }

    @Nested
    class StepsAndPolicy {

        @ParameterizedTest
        @CsvSource({"ORDER_ID_EXACT, 0.99, AUTO_ALLOWED, DETERMINISTIC_CONFIDENCE_OK",
                "CUSTOMER_ID_EXACT, 0.95, AUTO_ALLOWED, DETERMINISTIC_CONFIDENCE_OK",
                "NM_ID_TIME_WINDOW, 0.82, ASSIST_ONLY, DETERMINISTIC_BELOW_CONFIDENCE_THRESHOLD",
                "ARTICLE_TIME_WINDOW, 0.78, ASSIST_ONLY, DETERMINISTIC_BELOW_CONFIDENCE_THRESHOLD"})
        void eachReasonHasItsConfidenceAndPolicy(MatchReason reason, double confidence, ActionMode mode,
                PolicyReason policyReason) {
            Interaction anchor = store(Channel.CHAT, b -> b.orderId("o").customerId("c").nmId("n").productArticle("a"));
            Interaction other = store(Channel.QUESTION, b -> switch (reason) {
                case ORDER_ID_EXACT -> b.orderId("o");
                case CUSTOMER_ID_EXACT -> b.customerId("c");
                case NM_ID_TIME_WINDOW -> b.nmId("n");
                default -> b.productArticle("a");
            });

            TimelineStep step = timeline(anchor).steps().stream().filter(s -> s.interactionId().equals(other.id()))
                    .findFirst().orElseThrow();

            assertThat(step.matchReason()).isEqualTo(reason);
            assertThat(step.confidence()).isEqualTo(confidence);
            assertThat(step.actionMode()).isEqualTo(mode);
            assertThat(step.policyReason()).isEqualTo(policyReason);
            assertThat(step.current()).isFalse();
        }

        @Test
        void stepsCarryThePortalLinkAndTheLastReplyAndDraft() {
            Interaction anchor = store(Channel.CHAT, b -> b.orderId("o"));
            Interaction review = store(Channel.REVIEW, b -> b.orderId("o").rating(3).subject("Отзыв 3★")
                    .needsResponse(false).extraData(ExtraData.of("last_reply_text", "Спасибо!",
                            "last_ai_draft", Map.of("text", "Черновик", "intent", "thanks"))));

            ThreadTimeline t = timeline(anchor);

            TimelineStep step = t.steps().stream().filter(s -> s.interactionId().equals(review.id())).findFirst()
                    .orElseThrow();
            assertThat(step.wbUrl()).isEqualTo("https://seller.wildberries.ru/communication/reviews");
            assertThat(step.lastReplyText()).isEqualTo("Спасибо!");
            assertThat(step.lastAiDraftText()).isEqualTo("Черновик");
            assertThat(step.subject()).isEqualTo("Отзыв 3★");
            assertThat(step.needsResponse()).isFalse();
            assertThat(t.steps().stream().filter(TimelineStep::current).findFirst().orElseThrow().wbUrl())
                    .isEqualTo("https://seller.wildberries.ru/communication/chats");
            assertThat(WbUrls.of(Channel.QUESTION)).isEqualTo("https://seller.wildberries.ru/communication/questions");
        }

        @Test
        void stepsAreListedOldestFirstWithUnknownTimesFirst() {
            Interaction anchor = store(Channel.CHAT, b -> b.orderId("o"));
            Interaction later = store(Channel.REVIEW, b -> b.orderId("o").occurredAt(T0.plusSeconds(60)));
            Interaction earlier = store(Channel.QUESTION, b -> b.orderId("o").occurredAt(T0.minusSeconds(60)));
            Interaction unknown = store(Channel.REVIEW, b -> b.orderId("o").occurredAt(null));

            assertThat(timeline(anchor).steps()).extracting(TimelineStep::interactionId)
                    .containsExactly(unknown.id(), earlier.id(), anchor.id(), later.id());
        }

        @Test
        void otherSellersAreNeverPartOfTheThread() {
            Interaction anchor = store(Channel.CHAT, b -> b.orderId("o"));
            repository.upsert(InteractionData.builder(SellerId.of(4), Channel.REVIEW, "x").orderId("o").build(), T0);

            assertThat(timeline(anchor).steps()).hasSize(1);
        }
    }

    @Nested
    class Windows {

        @Test
        void productStepsMustBeWithinTheWindowBothEndsInclusive() {
            Interaction anchor = store(Channel.CHAT, b -> b.nmId("n"));
            Interaction atEdge = store(Channel.REVIEW, b -> b.nmId("n").occurredAt(T0.minus(Duration.ofDays(45))));
            store(Channel.REVIEW, b -> b.nmId("n").occurredAt(T0.plus(Duration.ofDays(45)).plusMillis(1)));
            store(Channel.REVIEW, b -> b.nmId("n").occurredAt(null));

            assertThat(reasons(timeline(anchor))).containsOnlyKeys(anchor.id(), atEdge.id());
        }

        @Test
        void theWindowIsConfigurable() {
            Interaction anchor = store(Channel.CHAT, b -> b.productArticle("a"));
            Interaction threeDays = store(Channel.REVIEW, b -> b.productArticle("a")
                    .occurredAt(T0.plus(Duration.ofDays(3))));

            assertThat(reasons(service.timeline(SELLER, anchor.id(), new TimelineOptions(2, 100))))
                    .doesNotContainKey(threeDays.id());
            assertThat(reasons(service.timeline(SELLER, anchor.id(), new TimelineOptions(3, 100))))
                    .containsKey(threeDays.id());
        }

        @Test
        void orderAndBuyerStepsHaveNoTimeLimit() {
            Interaction anchor = store(Channel.CHAT, b -> b.orderId("o"));
            Interaction yearAgo = store(Channel.REVIEW, b -> b.orderId("o").occurredAt(T0.minus(Duration.ofDays(365))));

            assertThat(reasons(timeline(anchor))).containsKey(yearAgo.id());
        }

        @Test
        void whenTooManyMatchTheStrongestAndNearestAreKeptWithTheAnchor() {
            Interaction anchor = store(Channel.CHAT, b -> b.customerId("b").nmId("n"));
            Interaction buyerLongAgo = store(Channel.REVIEW, b -> b.customerId("b")
                    .occurredAt(T0.minus(Duration.ofDays(300))));
            for (int i = 1; i <= 10; i++) {
                long minutes = i;
                store(Channel.QUESTION, b -> b.nmId("n").occurredAt(T0.plus(Duration.ofMinutes(minutes))));
            }

            ThreadTimeline t = service.timeline(SELLER, anchor.id(), new TimelineOptions(45, 4));

            assertThat(t.steps()).hasSize(4);
            assertThat(t.steps().get(0).interactionId()).isEqualTo(buyerLongAgo.id());
            assertThat(t.steps()).extracting(TimelineStep::current).containsExactly(false, true, false, false);
            assertThat(t.steps().get(2).occurredAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
            assertThat(t.steps().get(3).occurredAt()).isEqualTo(T0.plus(Duration.ofMinutes(2)));
        }

        @Test
        void aBusyProductGivesTheSameTimelineAsBuildingFromEveryCandidateWithoutTheArticleLookup() {
            Interaction anchor = store(Channel.CHAT, b -> b.customerId("b").nmId("n").productArticle("A-1"));
            for (int i = 1; i <= 12; i++) {
                long minutes = i * 7L % 30 - 15; // on both sides of the anchor, some at equal distances
                store(Channel.QUESTION, b -> b.nmId("n").productArticle("A-1")
                        .occurredAt(T0.plus(Duration.ofMinutes(minutes))));
                store(Channel.REVIEW, b -> b.productArticle("A-1").occurredAt(T0.plus(Duration.ofMinutes(minutes))));
            }
            store(Channel.REVIEW, b -> b.customerId("b").occurredAt(T0.minus(Duration.ofDays(300))));
            AtomicInteger articleLookups = new AtomicInteger();
            InteractionRepository counting = (InteractionRepository) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {InteractionRepository.class}, (proxy, method, args) -> {
                        if (method.getName().equals("findByReference")
                                && ((ReferenceQuery) args[0]).kind() == ReferenceKind.PRODUCT_ARTICLE) {
                            articleLookups.incrementAndGet();
                        }
                        return method.invoke(repository, args);
                    });
            List<Interaction> everything = repository.findAfter(SELLER, null, 1_000);

            for (int maxItems : new int[] {3, 5, 8, 12, 13, 14, 30}) {
                TimelineOptions options = new TimelineOptions(45, maxItems);
                articleLookups.set(0);

                ThreadTimeline looked = new TimelineService(counting, ActionPolicy.defaults())
                        .timeline(SELLER, anchor.id(), options);

                assertThat(looked).as("%d items", maxItems)
                        .isEqualTo(TimelineService.build(anchor, everything, options, ActionPolicy.defaults()));
                assertThat(articleLookups.get()).as("article lookups for %d items", maxItems)
                        .isEqualTo(maxItems <= 13 ? 0 : 1); // 13 same-nmID touches, the anchor's own included
            }
        }

        @Test
        void aSingleStepTimelineStillHoldsTheAnchor() {
            Interaction anchor = store(Channel.CHAT, b -> b.orderId("o"));
            store(Channel.REVIEW, b -> b.orderId("o"));

            assertThat(service.timeline(SELLER, anchor.id(), new TimelineOptions(45, 1)).steps())
                    .extracting(TimelineStep::interactionId).containsExactly(anchor.id());
        }

        @ParameterizedTest
        @CsvSource({"0, 100", "181, 100", "45, 0", "45, 301"})
        void optionsOutsideTheirRangesAreRejected(int days, int items) {
            assertThatThrownBy(() -> new TimelineOptions(days, items)).isInstanceOf(ValidationException.class);
        }

        @Test
        void defaultsAreFortyFiveDaysAndAHundredSteps() {
            assertThat(TimelineOptions.defaults()).isEqualTo(new TimelineOptions(45, 100));
            assertThat(new TimelineOptions(180, 300).productWindow()).isEqualTo(Duration.ofDays(180));
        }
    }

    @Test
    void anUnknownOrForeignIdIsNotFound() {
        Interaction anchor = store(Channel.CHAT, b -> b);

        assertThatThrownBy(() -> service.timeline(SellerId.of(4), anchor.id(), TimelineOptions.defaults()))
                .isInstanceOf(InteractionNotFoundException.class);
    }

    @Test
    void thePureBuilderIgnoresInteractionsOfOtherSellers() {
        Interaction anchor = store(Channel.CHAT, b -> b.orderId("o"));
        Interaction foreign = new Interaction(InteractionId.of(999),
                InteractionData.builder(SellerId.of(9), Channel.REVIEW, "f").orderId("o").build(), T0, T0);

        ThreadTimeline t = TimelineService.build(anchor, List.of(foreign, anchor), TimelineOptions.defaults(),
                ActionPolicy.defaults());

        assertThat(t.steps()).extracting(TimelineStep::interactionId).containsExactly(anchor.id());
    }
}
