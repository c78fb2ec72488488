package ru.agentiq.core.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.interaction.Interactions.OTHER_SELLER;
import static ru.agentiq.core.interaction.Interactions.SELLER;
import static ru.agentiq.core.interaction.Interactions.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.UpsertResult.Outcome;

/**
 * Conformance kit for {@link InteractionRepository}: every implementation (in-memory, JDBC on H2 and PostgreSQL, or a
 * team's own) extends this class and must pass it unchanged. Published in agentiq-core's test jar.
 */
public abstract class InteractionRepositoryContract {

    protected InteractionRepository repository;

    /** A new, empty repository for each test. */
    protected abstract InteractionRepository newRepository();

    @BeforeEach
    void createRepository() {
        repository = newRepository();
    }

    @Nested
    class Upsert {

        @Test
        void createsAnInteractionForANewKey() {
            UpsertResult result = repository.upsert(Interactions.review("r1").build(), T0);

            assertThat(result.outcome()).isEqualTo(Outcome.CREATED);
            assertThat(result.interaction().createdAt()).isEqualTo(T0);
            assertThat(result.interaction().updatedAt()).isEqualTo(T0);
            assertThat(repository.findById(SELLER, result.interaction().id())).contains(result.interaction());
        }

        @Test
        void reportsUnchangedAndWritesNothingForIdenticalData() {
            InteractionData data = Interactions.review("r1").build();
            Interaction first = repository.upsert(data, T0).interaction();

            UpsertResult again = repository.upsert(data, T0.plusSeconds(60));

            assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
            assertThat(again.interaction()).isEqualTo(first);
        }

        @Test
        void updatesChangedDataKeepingIdAndCreatedAt() {
            Interaction first = repository.upsert(Interactions.review("r1").build(), T0).interaction();

            UpsertResult again = repository.upsert(Interactions.review("r1").text("Изменил отзыв").rating(2).build(),
                    T0.plusSeconds(60));

            assertThat(again.outcome()).isEqualTo(Outcome.UPDATED);
            assertThat(again.interaction().id()).isEqualTo(first.id());
            assertThat(again.interaction().createdAt()).isEqualTo(T0);
            assertThat(again.interaction().updatedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(again.interaction().data().text()).isEqualTo("Изменил отзыв");
            assertThat(again.interaction().data().rating()).isEqualTo(2);
        }

        @Test
        void keepsPreservedExtraDataKeysAcrossReingest() {
            Interaction stored = repository.upsert(Interactions.review("r1")
                    .extraData(ExtraData.of("answer_state", "none")).build(), T0).interaction();
            repository.update(stored.withData(b -> b.extraData(stored.data().extraData()
                    .with("last_ai_draft", Map.of("text", "Спасибо за отзыв!"))
                    .with("wb_sync_state", "pending")
                    .with("link_candidates", List.of(Map.of("interaction_id", 9))))), T0);

            Interaction reingested = repository.upsert(Interactions.review("r1")
                    .extraData(ExtraData.of("answer_state", "wbRu")).build(), T0.plusSeconds(5)).interaction();

            assertThat(reingested.data().extraData().asMap())
                    .containsEntry("answer_state", "wbRu")
                    .containsEntry("wb_sync_state", "pending")
                    .containsEntry("last_ai_draft", Map.of("text", "Спасибо за отзыв!"))
                    .containsKey("link_candidates");
        }

        @Test
        void treatsEachChannelAndSellerAsItsOwnIdentity() {
            repository.upsert(Interactions.review("42").build(), T0);
            repository.upsert(Interactions.question("42").build(), T0);
            UpsertResult otherSeller = repository.upsert(InteractionData.builder(OTHER_SELLER, Channel.REVIEW, "42")
                    .build(), T0);

            assertThat(otherSeller.outcome()).isEqualTo(Outcome.CREATED);
            assertThat(repository.find(InboxQuery.builder(SELLER).build()).items()).hasSize(2);
        }

        @Test
        void batchUpsertReturnsOneResultPerItemInOrder() {
            repository.upsert(Interactions.review("r2").build(), T0);
            repository.upsert(Interactions.review("r3").build(), T0);

            List<UpsertResult> results = repository.upsertAll(List.of(
                    Interactions.review("r1").build(),
                    Interactions.review("r2").build(),
                    Interactions.review("r3").text("Передумал").build(),
                    Interactions.chat("c1").build()), T0.plusSeconds(1));

            assertThat(results).extracting(UpsertResult::outcome)
                    .containsExactly(Outcome.CREATED, Outcome.UNCHANGED, Outcome.UPDATED, Outcome.CREATED);
            assertThat(results).extracting(r -> r.interaction().data().externalId())
                    .containsExactly("r1", "r2", "r3", "c1");
            for (UpsertResult result : results) {
                assertThat(repository.findById(SELLER, result.interaction().id())).contains(result.interaction());
            }
        }

        @Test
        void aPageWhoseOnlyStoredItemComesLastCreatesEveryOtherItemExactlyOnce() {
            Interaction stored = repository.upsert(Interactions.question("q500").build(), T0).interaction();
            List<InteractionData> page = new ArrayList<>();
            for (int i = 1; i <= 500; i++) {
                page.add(Interactions.question("q" + i).build());
            }

            List<UpsertResult> results = repository.upsertAll(page, T0.plusSeconds(1));

            assertThat(results.subList(0, 499)).extracting(UpsertResult::outcome).containsOnly(Outcome.CREATED);
            assertThat(results.get(499)).isEqualTo(new UpsertResult(stored, Outcome.UNCHANGED));
            assertThat(results).extracting(r -> r.interaction().id()).doesNotHaveDuplicates();
            for (UpsertResult result : results) {
                assertThat(repository.findByKey(result.interaction().key())).contains(result.interaction());
            }
        }

        @Test
        void batchUpsertRejectsARepeatedKeyAndStoresNothing() {
            assertThatThrownBy(() -> repository.upsertAll(List.of(Interactions.review("r1").build(),
                    Interactions.review("r1").text("другой").build()), T0))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("appears twice");
            assertThat(repository.findByKey(Interactions.review("r1").build().key())).isEmpty();
        }

        @Test
        void anInstantWithNanosecondsSurvivesTheRoundTripAsUnchanged() {
            InteractionData data = Interactions.chat("c1").occurredAt(Instant.parse("2026-11-20T09:00:00.123456789Z"))
                    .build();
            Interaction stored = repository.upsert(data, Instant.parse("2026-11-20T09:00:01.987654321Z"))
                    .interaction();

            assertThat(repository.findById(SELLER, stored.id())).contains(stored);
            assertThat(repository.upsert(data, T0.plusSeconds(9)).outcome()).isEqualTo(Outcome.UNCHANGED);
        }

        @Test
        void concurrentUpsertsOfOneKeyProduceExactlyOneInteraction() throws Exception {
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<UpsertResult>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int variant = t;
                    futures.add(pool.submit(() -> {
                        start.await();
                        UpsertResult last = null;
                        for (int i = 0; i < 50; i++) {
                            last = repository.upsert(Interactions.chat("same").text("сообщение " + (variant % 2))
                                    .build(), T0.plusSeconds(i));
                        }
                        return last;
                    }));
                }
                start.countDown();
                Set<InteractionId> ids = new HashSet<>();
                int created = 0;
                for (Future<UpsertResult> future : futures) {
                    ids.add(future.get(30, TimeUnit.SECONDS).interaction().id());
                }
                assertThat(ids).hasSize(1);
                InboxPage page = repository.find(InboxQuery.builder(SELLER).build());
                assertThat(page.items()).hasSize(1);
                assertThat(page.total()).hasValue(1);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void concurrentFirstUpsertsReportCreatedExactlyOnce() throws Exception {
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<Outcome>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return repository.upsert(Interactions.chat("race").build(), T0).outcome();
                    }));
                }
                start.countDown();
                List<Outcome> outcomes = new ArrayList<>();
                for (Future<Outcome> future : futures) {
                    outcomes.add(future.get(30, TimeUnit.SECONDS));
                }
                assertThat(outcomes).filteredOn(o -> o == Outcome.CREATED).hasSize(1);
                assertThat(outcomes).filteredOn(o -> o == Outcome.UNCHANGED).hasSize(threads - 1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class Lookup {

        @Test
        void findsByIdOnlyForTheOwningSeller() {
            Interaction stored = repository.upsert(Interactions.review("r1").build(), T0).interaction();

            assertThat(repository.findById(SELLER, stored.id())).isPresent();
            assertThat(repository.findById(OTHER_SELLER, stored.id())).isEmpty();
        }

        @Test
        void findsByNaturalKey() {
            Interaction stored = repository.upsert(Interactions.question("q1").build(), T0).interaction();

            assertThat(repository.findByKey(new InteractionKey(SELLER, Marketplace.WB, Channel.QUESTION, "q1")))
                    .contains(stored);
            assertThat(repository.findByKey(new InteractionKey(SELLER, Marketplace.WB, Channel.REVIEW, "q1")))
                    .isEmpty();
        }

        @Test
        void returnsEmptyForAnUnknownId() {
            assertThat(repository.findById(SELLER, InteractionId.of(999_999))).isEmpty();
        }
    }

    @Nested
    class Update {

        @Test
        void storesNewDataAndMovesUpdatedAt() {
            Interaction stored = repository.upsert(Interactions.review("r1").build(), T0).interaction();

            Interaction updated = repository.update(stored.withData(b -> b.status(InteractionStatus.RESPONDED)
                    .needsResponse(false).priority(Priority.LOW)), T0.plusSeconds(30));

            assertThat(updated.updatedAt()).isEqualTo(T0.plusSeconds(30));
            assertThat(updated.createdAt()).isEqualTo(T0);
            assertThat(repository.findById(SELLER, stored.id())).get()
                    .extracting(i -> i.data().status()).isEqualTo(InteractionStatus.RESPONDED);
        }

        @Test
        void refusesToChangeTheKey() {
            Interaction stored = repository.upsert(Interactions.review("r1").build(), T0).interaction();

            assertThatThrownBy(() -> repository.update(stored.withData(b -> b.externalId("r2")), T0))
                    .isInstanceOf(ValidationException.class);
            assertThat(repository.findById(SELLER, stored.id())).contains(stored);
        }

        @Test
        void refusesAnUnknownInteraction() {
            Interaction ghost = new Interaction(InteractionId.of(987_654), Interactions.review("ghost").build(), T0,
                    T0);

            assertThatThrownBy(() -> repository.update(ghost, T0)).isInstanceOf(InteractionNotFoundException.class);
        }

        @Test
        void refusesAnotherSellersInteraction() {
            Interaction stored = repository.upsert(Interactions.review("r1").build(), T0).interaction();
            Interaction hijacked = new Interaction(stored.id(),
                    stored.data().toBuilder().sellerId(OTHER_SELLER).build(), T0, T0);

            assertThatThrownBy(() -> repository.update(hijacked, T0)).isInstanceOf(InteractionNotFoundException.class);
        }
    }

    @Nested
    class Filters {

        @BeforeEach
        void seed() {
            repository.upsert(Interactions.review("r-low").rating(5).priority(Priority.LOW).needsResponse(true)
                    .nmId("111").build(), T0);
            repository.upsert(Interactions.review("r-answered").rating(4).status(InteractionStatus.RESPONDED)
                    .needsResponse(false).priority(Priority.LOW).build(), T0);
            repository.upsert(Interactions.question("q-urgent").priority(Priority.URGENT).subject("Вопрос про Размер")
                    .productArticle("JNS-32").build(), T0);
            repository.upsert(Interactions.chat("c-demo").source(InteractionSource.DEMO).customerId("buyer-77")
                    .orderId("ORD-5").text("Коробка ПОМЯТА").build(), T0);
            repository.upsert(InteractionData.builder(OTHER_SELLER, Channel.CHAT, "c-other").text("Коробка помята")
                    .build(), T0);
        }

        private List<String> ids(InboxQuery.Builder query) {
            return repository.find(query.build()).items().stream().map(i -> i.data().externalId()).sorted().toList();
        }

        @Test
        void filtersByChannel() {
            assertThat(ids(InboxQuery.builder(SELLER).channels(Channel.REVIEW)))
                    .containsExactly("r-answered", "r-low");
            assertThat(ids(InboxQuery.builder(SELLER).channels(Channel.QUESTION, Channel.CHAT)))
                    .containsExactly("c-demo", "q-urgent");
        }

        @Test
        void filtersByStatusPriorityNeedsResponseSourceAndMarketplace() {
            assertThat(ids(InboxQuery.builder(SELLER).statuses(InteractionStatus.RESPONDED)))
                    .containsExactly("r-answered");
            assertThat(ids(InboxQuery.builder(SELLER).priorities(Priority.URGENT))).containsExactly("q-urgent");
            assertThat(ids(InboxQuery.builder(SELLER).needsResponse(false))).containsExactly("r-answered");
            assertThat(ids(InboxQuery.builder(SELLER).source(InteractionSource.DEMO))).containsExactly("c-demo");
            assertThat(ids(InboxQuery.builder(SELLER).marketplace(Marketplace.WB))).hasSize(4);
        }

        @Test
        void searchesCaseInsensitivelyAcrossTextSubjectAndReferences() {
            assertThat(ids(InboxQuery.builder(SELLER).search("помята"))).containsExactly("c-demo");
            assertThat(ids(InboxQuery.builder(SELLER).search("размер"))).containsExactly("q-urgent");
            assertThat(ids(InboxQuery.builder(SELLER).search("jns"))).containsExactly("q-urgent");
            assertThat(ids(InboxQuery.builder(SELLER).search("111"))).containsExactly("r-low");
            assertThat(ids(InboxQuery.builder(SELLER).search("BUYER-77"))).containsExactly("c-demo");
            assertThat(ids(InboxQuery.builder(SELLER).search("ord-5"))).containsExactly("c-demo");
        }

        @Test
        void treatsSearchWildcardsAndQuotesAsPlainText() {
            assertThat(ids(InboxQuery.builder(SELLER).search("%"))).isEmpty();
            assertThat(ids(InboxQuery.builder(SELLER).search("_"))).isEmpty();
            assertThat(ids(InboxQuery.builder(SELLER).search("' OR '1'='1"))).isEmpty();
        }

        @Test
        void combinesFiltersWithAnd() {
            assertThat(ids(InboxQuery.builder(SELLER).channels(Channel.REVIEW).needsResponse(true)))
                    .containsExactly("r-low");
        }

        @Test
        void neverShowsAnotherSellersInteractions() {
            assertThat(ids(InboxQuery.builder(OTHER_SELLER))).containsExactly("c-other");
            assertThat(ids(InboxQuery.builder(SELLER).search("коробка"))).containsExactly("c-demo");
        }

        @Test
        void countsTheTotalOnlyWhenAsked() {
            InboxPage withTotal = repository.find(InboxQuery.builder(SELLER).pageSize(1).build());
            InboxPage without = repository.find(InboxQuery.builder(SELLER).pageSize(1).includeTotal(false).build());

            assertThat(withTotal.total()).hasValue(4);
            assertThat(without.total()).isEmpty();
        }
    }

    @Nested
    class Ordering {

        @Test
        void newestSortsByOccurredAtDescendingWithUnknownTimesLastThenByCreatedAt() {
            repository.upsert(Interactions.chat("old").occurredAt(T0).build(), T0);
            repository.upsert(Interactions.chat("unknown-early").occurredAt(null).build(), T0);
            repository.upsert(Interactions.chat("new").occurredAt(T0.plusSeconds(60)).build(), T0);
            repository.upsert(Interactions.chat("unknown-late").occurredAt(null).build(), T0.plusSeconds(10));

            List<String> order = repository.find(InboxQuery.builder(SELLER).build()).items().stream()
                    .map(i -> i.data().externalId()).toList();

            assertThat(order).containsExactly("new", "old", "unknown-late", "unknown-early");
        }

        @Test
        void prioritySortsByUrgencyThenEarliestDeadlineThenNewest() {
            repository.upsert(Interactions.question("normal").priority(Priority.NORMAL)
                    .slaDueAt(T0.plusSeconds(10)).build(), T0);
            repository.upsert(Interactions.question("high-late").priority(Priority.HIGH)
                    .slaDueAt(T0.plusSeconds(7200)).build(), T0);
            repository.upsert(Interactions.question("high-no-sla").priority(Priority.HIGH).build(), T0);
            repository.upsert(Interactions.question("high-soon").priority(Priority.HIGH)
                    .slaDueAt(T0.plusSeconds(600)).build(), T0);
            repository.upsert(Interactions.chat("urgent").priority(Priority.URGENT).build(), T0);

            List<String> order = repository.find(InboxQuery.builder(SELLER).sort(InboxSort.PRIORITY).build())
                    .items().stream().map(i -> i.data().externalId()).toList();

            assertThat(order).containsExactly("urgent", "high-soon", "high-late", "high-no-sla", "normal");
        }
    }

    @Nested
    class Paging {

        @Test
        void walksEveryItemExactlyOnceInOrder() {
            for (int i = 0; i < 23; i++) {
                repository.upsert(Interactions.chat("c" + i).occurredAt(T0.plusSeconds(i % 5)).build(), T0);
            }

            List<Interaction> walked = walk(InboxQuery.builder(SELLER).pageSize(4), () -> { });

            assertThat(walked).hasSize(23);
            assertThat(walked).extracting(Interaction::id).doesNotHaveDuplicates();
            assertThat(walked).isSortedAccordingTo(InboxSort.NEWEST.interactionOrder());
        }

        @Test
        void neverRepeatsOrSkipsAnItemWhileItemsAreAdded() {
            for (int i = 0; i < 30; i++) {
                repository.upsert(Interactions.chat("before-" + i).occurredAt(T0.plusSeconds(i * 10L)).build(), T0);
            }
            Set<String> existing = new HashSet<>();
            repository.find(InboxQuery.builder(SELLER).pageSize(100).build()).items()
                    .forEach(i -> existing.add(i.data().externalId()));
            int[] added = {0};

            List<Interaction> walked = walk(InboxQuery.builder(SELLER).pageSize(7), () -> {
                // one newer than everything (lands on an earlier page) and one in the middle of the remaining range
                int n = added[0]++;
                repository.upsert(Interactions.chat("newer-" + n).occurredAt(T0.plus(Duration.ofDays(1))).build(),
                        T0);
                repository.upsert(Interactions.chat("middle-" + n).occurredAt(T0.plusSeconds(5 + n)).build(), T0);
            });

            List<String> walkedIds = walked.stream().map(i -> i.data().externalId()).toList();
            assertThat(walkedIds).doesNotHaveDuplicates();
            assertThat(walkedIds).containsAll(existing);
            assertThat(walked).isSortedAccordingTo(InboxSort.NEWEST.interactionOrder());
        }

        @Test
        void pagesThePriorityOrderToo() {
            Priority[] priorities = Priority.values();
            for (int i = 0; i < 17; i++) {
                repository.upsert(Interactions.question("q" + i).priority(priorities[i % 4])
                        .slaDueAt(i % 3 == 0 ? null : T0.plusSeconds(i)).build(), T0);
            }

            List<Interaction> walked = walk(InboxQuery.builder(SELLER).sort(InboxSort.PRIORITY).pageSize(5), () -> { });

            assertThat(walked).hasSize(17).extracting(Interaction::id).doesNotHaveDuplicates();
            assertThat(walked).isSortedAccordingTo(InboxSort.PRIORITY.interactionOrder());
        }

        @Test
        void theLastPageHasNoCursor() {
            repository.upsert(Interactions.chat("only").build(), T0);

            InboxPage page = repository.find(InboxQuery.builder(SELLER).pageSize(1).build());

            assertThat(page.items()).hasSize(1);
            assertThat(page.nextCursor()).isEmpty();
        }

        private List<Interaction> walk(InboxQuery.Builder query, Runnable betweenPages) {
            List<Interaction> all = new ArrayList<>();
            InboxPage page = repository.find(query.build());
            all.addAll(page.items());
            int guard = 0;
            while (page.nextCursor().isPresent() && guard++ < 1_000) {
                betweenPages.run();
                page = repository.find(query.cursor(page.nextCursor().get().encode()).build());
                all.addAll(page.items());
            }
            return all;
        }
    }

    @Nested
    class ByReference {

        private Interaction store(InteractionData.Builder data) {
            return repository.upsert(data.build(), T0).interaction();
        }

        @Test
        void findsOnlyTheSellersInteractionsWithThatReference() {
            Interaction mine = store(Interactions.review("r1").nmId("100"));
            Interaction alsoMine = store(Interactions.chat("c1").nmId("100"));
            store(Interactions.question("q1").nmId("200"));
            store(InteractionData.builder(OTHER_SELLER, Channel.REVIEW, "r9").nmId("100").occurredAt(T0));

            List<Interaction> found = repository.findByReference(
                    ReferenceQuery.of(SELLER, Marketplace.WB, ReferenceKind.NM_ID, "100"));

            assertThat(found).extracting(Interaction::id).containsExactlyInAnyOrder(mine.id(), alsoMine.id());
        }

        @Test
        void eachKindLooksAtItsOwnField() {
            Interaction byOrder = store(Interactions.chat("c1").orderId("X"));
            Interaction byCustomer = store(Interactions.chat("c2").customerId("X"));
            Interaction byArticle = store(Interactions.review("r1").productArticle("X"));

            assertThat(repository.findByReference(ReferenceQuery.of(SELLER, Marketplace.WB, ReferenceKind.ORDER_ID,
                    "X"))).containsExactly(byOrder);
            assertThat(repository.findByReference(ReferenceQuery.of(SELLER, Marketplace.WB,
                    ReferenceKind.CUSTOMER_ID, "X"))).containsExactly(byCustomer);
            assertThat(repository.findByReference(ReferenceQuery.of(SELLER, Marketplace.WB,
                    ReferenceKind.PRODUCT_ARTICLE, "X"))).containsExactly(byArticle);
            assertThat(repository.findByReference(ReferenceQuery.of(SELLER, Marketplace.WB, ReferenceKind.NM_ID,
                    "X"))).isEmpty();
        }

        private List<Interaction> byRef(ReferenceKind kind, String value) {
            return repository.findByReference(ReferenceQuery.of(SELLER, Marketplace.WB, kind, value));
        }

        @Test
        void aReferenceChangedByReingestIsFoundUnderItsNewValueAndNotItsOldOne() {
            store(Interactions.chat("c1").orderId("ORD-1").customerId("buyer-1").nmId("100").productArticle("A-1"));
            Interaction neighbour = store(Interactions.chat("c2").orderId("ORD-1"));

            Interaction moved = repository.upsert(Interactions.chat("c1").orderId("ORD-2").customerId("buyer-2")
                    .nmId("200").productArticle("A-2").build(), T0.plusSeconds(60)).interaction();

            assertThat(byRef(ReferenceKind.ORDER_ID, "ORD-2")).containsExactly(moved);
            assertThat(byRef(ReferenceKind.ORDER_ID, "ORD-1")).as("the old value keeps only the neighbour")
                    .containsExactly(neighbour);
            assertThat(byRef(ReferenceKind.CUSTOMER_ID, "buyer-2")).containsExactly(moved);
            assertThat(byRef(ReferenceKind.CUSTOMER_ID, "buyer-1")).isEmpty();
            assertThat(byRef(ReferenceKind.NM_ID, "200")).containsExactly(moved);
            assertThat(byRef(ReferenceKind.NM_ID, "100")).isEmpty();
            assertThat(byRef(ReferenceKind.PRODUCT_ARTICLE, "A-2")).containsExactly(moved);
            assertThat(byRef(ReferenceKind.PRODUCT_ARTICLE, "A-1")).isEmpty();
        }

        @Test
        void aReferenceChangedOrClearedByUpdateMovesWithIt() {
            Interaction stored = store(Interactions.review("r1").orderId("ORD-1").nmId("100"));

            Interaction changed = repository.update(stored.withData(b -> b.orderId("ORD-9").nmId(null)),
                    T0.plusSeconds(60));

            assertThat(byRef(ReferenceKind.ORDER_ID, "ORD-9")).containsExactly(changed);
            assertThat(byRef(ReferenceKind.ORDER_ID, "ORD-1")).isEmpty();
            assertThat(byRef(ReferenceKind.NM_ID, "100")).as("a cleared reference finds nothing").isEmpty();

            Interaction back = repository.update(changed.withData(b -> b.orderId("ORD-1").nmId("100")),
                    T0.plusSeconds(120));

            assertThat(byRef(ReferenceKind.ORDER_ID, "ORD-1")).containsExactly(back);
            assertThat(byRef(ReferenceKind.NM_ID, "100")).containsExactly(back);
            assertThat(byRef(ReferenceKind.ORDER_ID, "ORD-9")).isEmpty();
        }

        @Test
        void anUnchangedReingestKeepsTheReferenceFindable() {
            InteractionData data = Interactions.chat("c1").orderId("ORD-1").build();
            repository.upsert(data, T0);

            repository.upsert(data, T0.plusSeconds(60));
            repository.upsert(Interactions.chat("c1").orderId("ORD-1").text("другой текст").build(), T0.plusSeconds(90));

            assertThat(byRef(ReferenceKind.ORDER_ID, "ORD-1")).singleElement()
                    .satisfies(i -> assertThat(i.data().text()).isEqualTo("другой текст"));
        }

        /**
         * Writers race to move the references of a few shared interactions back and forth while others create new
         * ones with the same values: afterwards every interaction is found under exactly its stored values.
         */
        @Test
        void concurrentMovesLeaveEveryInteractionFoundUnderExactlyItsCurrentReferences() throws Exception {
            int threads = 4;
            int rounds = 50;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < rounds; i++) {
                            String shared = "shared-" + (i % 3);
                            repository.upsert(Interactions.chat(shared).orderId("ORD-" + ((thread + i) % 2))
                                    .customerId("buyer-" + thread).text("t" + thread + "-" + i).build(),
                                    T0.plusSeconds(i));
                            repository.upsert(Interactions.chat("own-" + thread + "-" + i)
                                    .orderId("ORD-" + (i % 2)).build(), T0);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> future : futures) {
                    future.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdown();
            }

            for (String orderId : List.of("ORD-0", "ORD-1")) {
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    Interaction shared = repository.findByKey(new InteractionKey(SELLER, Marketplace.WB, Channel.CHAT,
                            "shared-" + i)).orElseThrow();
                    if (orderId.equals(shared.data().orderId())) {
                        expected.add(shared.data().externalId());
                    }
                }
                for (int t = 0; t < threads; t++) {
                    for (int i = 0; i < rounds; i++) {
                        if (orderId.equals("ORD-" + (i % 2))) {
                            expected.add("own-" + t + "-" + i);
                        }
                    }
                }
                assertThat(repository.findByReference(ReferenceQuery.of(SELLER, Marketplace.WB,
                        ReferenceKind.ORDER_ID, orderId).limit(ReferenceQuery.MAX_LIMIT)))
                        .extracting(i -> i.data().externalId()).as(orderId)
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
            for (int t = 0; t < threads; t++) {
                String buyer = "buyer-" + t;
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    Interaction shared = repository.findByKey(new InteractionKey(SELLER, Marketplace.WB, Channel.CHAT,
                            "shared-" + i)).orElseThrow();
                    if (buyer.equals(shared.data().customerId())) {
                        expected.add(shared.data().externalId());
                    }
                }
                assertThat(byRef(ReferenceKind.CUSTOMER_ID, buyer)).extracting(i -> i.data().externalId())
                        .as(buyer).containsExactlyInAnyOrderElementsOf(expected);
            }
        }

        @Test
        void withoutAnInstantListsTheNewestFirstAndUnknownTimesLast() {
            Interaction old = store(Interactions.review("r1").nmId("1").occurredAt(T0.minusSeconds(3_600)));
            Interaction unknown = store(Interactions.review("r2").nmId("1").occurredAt(null));
            Interaction recent = store(Interactions.review("r3").nmId("1").occurredAt(T0));

            assertThat(repository.findByReference(ReferenceQuery.of(SELLER, Marketplace.WB, ReferenceKind.NM_ID, "1")))
                    .containsExactly(recent, old, unknown);
        }

        @Test
        void aroundAnInstantListsTheNearestFirstAndBreaksTiesByHigherId() {
            Interaction before = store(Interactions.review("r1").nmId("1").occurredAt(T0.minusSeconds(600)));
            Interaction after = store(Interactions.review("r2").nmId("1").occurredAt(T0.plusSeconds(600)));
            Interaction far = store(Interactions.review("r3").nmId("1").occurredAt(T0.plusSeconds(7_200)));
            Interaction unknown = store(Interactions.review("r4").nmId("1").occurredAt(null));

            assertThat(repository.findByReference(ReferenceQuery.of(SELLER, Marketplace.WB, ReferenceKind.NM_ID, "1")
                    .around(T0))).containsExactly(after, before, far, unknown);
        }

        @Test
        void aWindowKeepsKnownTimesWithinBothBoundsInclusive() {
            Interaction atEdge = store(Interactions.review("r1").nmId("1").occurredAt(T0.minus(Duration.ofDays(2))));
            store(Interactions.review("r2").nmId("1").occurredAt(T0.plus(Duration.ofDays(2)).plusMillis(1)));
            store(Interactions.review("r3").nmId("1").occurredAt(null));
            Interaction inside = store(Interactions.review("r4").nmId("1").occurredAt(T0.plusSeconds(1)));

            assertThat(repository.findByReference(ReferenceQuery.of(SELLER, Marketplace.WB, ReferenceKind.NM_ID, "1")
                    .within(T0, Duration.ofDays(2)))).containsExactly(inside, atEdge);
        }

        @Test
        void aLimitedWindowKeepsTheNearestFromBothSidesWithTiesToTheHigherId() {
            for (int i = 1; i <= 10; i++) {
                store(Interactions.review("b" + i).nmId("1").occurredAt(T0.minusSeconds(i * 60L)));
                store(Interactions.review("a" + i).nmId("1").occurredAt(T0.plusSeconds(i * 60L + 30)));
            }
            store(Interactions.review("at").nmId("1").occurredAt(T0));
            store(Interactions.review("twin").nmId("1").occurredAt(T0.minusSeconds(60)));

            List<Interaction> found = repository.findByReference(ReferenceQuery.of(SELLER, Marketplace.WB,
                    ReferenceKind.NM_ID, "1").within(T0, Duration.ofDays(1)).limit(4));

            assertThat(found).extracting(i -> i.data().externalId()).containsExactly("at", "twin", "b1", "a1");
        }

        @Test
        void theLimitCutsAfterOrdering() {
            for (int i = 0; i < 5; i++) {
                store(Interactions.review("r" + i).nmId("1").occurredAt(T0.plusSeconds(i)));
            }

            List<Interaction> found = repository.findByReference(
                    ReferenceQuery.of(SELLER, Marketplace.WB, ReferenceKind.NM_ID, "1").limit(2));

            assertThat(found).extracting(i -> i.data().externalId()).containsExactly("r4", "r3");
        }
    }

    /** Cursors come back from clients: whatever they send is a typed validation error or reads only their rows. */
    @Nested
    class HostileCursors {

        private static String b64(String raw) {
            return java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        private void seedBothSellers() {
            for (int i = 0; i < 6; i++) {
                repository.upsert(Interactions.chat("mine-" + i).occurredAt(T0.plusSeconds(i)).build(), T0);
                repository.upsert(InteractionData.builder(OTHER_SELLER, Channel.CHAT, "theirs-" + i)
                        .text("Секретный заказ ORD-" + i).occurredAt(T0.plusSeconds(i)).build(), T0);
            }
        }

        private List<String> everything(SellerId seller) {
            return repository.find(InboxQuery.builder(seller).pageSize(InboxQuery.MAX_PAGE_SIZE).build()).items()
                    .stream().map(i -> i.data().externalId()).toList();
        }

        @Test
        void garbageAndInjectionCursorsAreATypedValidationErrorAndChangeNothing() {
            seedBothSellers();
            List<String> mine = everything(SELLER);
            List<String> theirs = everything(OTHER_SELLER);
            String created = "2026-11-20T09:00:00Z";
            List<String> hostile = List.of(
                    "' OR '1'='1",
                    "1; DROP TABLE interactions; --",
                    "%' OR seller_id <> 0 --",
                    "не base64",
                    "AAAA",
                    "YWJj+/==",
                    "x".repeat(10_000),
                    b64("c1|newest|0|-|-|-|1"),
                    b64("c1|newest|9|-|-|" + created + "|1"),
                    b64("c1|newest|0|-|-|" + created + "|-5"),
                    b64("c1|newest|0|-|-|" + created + "|1' OR '1'='1"),
                    b64("c1|newest'; DROP TABLE interactions; --|0|-|-|" + created + "|1"),
                    b64("c1|newest|0|-|' OR 1=1 --|" + created + "|1"),
                    b64("c2|newest|0|-|-|" + created + "|1"),
                    b64("c1|newest|0|-|-|" + created + "|1|extra"),
                    b64("\u0000\u0001\uFFFF"));

            for (String cursor : hostile) {
                assertThatThrownBy(() -> repository.find(InboxQuery.builder(OTHER_SELLER).cursor(cursor).build()))
                        .as("cursor %s", cursor.length() > 60 ? cursor.substring(0, 60) + "…" : cursor)
                        .isInstanceOf(ValidationException.class)
                        .hasMessageStartingWith("cursor is not valid")
                        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(120));
            }

            assertThat(everything(SELLER)).isEqualTo(mine);
            assertThat(everything(OTHER_SELLER)).isEqualTo(theirs);
        }

        @Test
        void anotherSellersCursorOnlyPositionsWithinTheCallersOwnRows() {
            seedBothSellers();
            List<String> theirs = everything(OTHER_SELLER);
            InboxPage theirFirstPage = repository.find(InboxQuery.builder(OTHER_SELLER).pageSize(2).build());
            String theirCursor = theirFirstPage.nextCursor().orElseThrow().encode();

            InboxPage mine = repository.find(InboxQuery.builder(SELLER).pageSize(InboxQuery.MAX_PAGE_SIZE)
                    .cursor(theirCursor).build());

            assertThat(mine.items()).isNotEmpty().allSatisfy(i -> assertThat(i.data().sellerId()).isEqualTo(SELLER));
            assertThat(mine.items()).extracting(i -> i.data().externalId()).allMatch(id -> id.startsWith("mine-"))
                    .doesNotHaveDuplicates();
            assertThat(everything(OTHER_SELLER)).isEqualTo(theirs);
        }

        @Test
        void aWellFormedButForgedPositionReadsOnlyTheCallersRows() {
            seedBothSellers();
            String forged = new InboxCursor(InboxSort.NEWEST, new InboxPosition(0, null,
                    Instant.parse("9999-12-31T23:59:59Z"), Instant.parse("9999-12-31T23:59:59Z"), Long.MAX_VALUE))
                    .encode();

            InboxPage page = repository.find(InboxQuery.builder(SELLER).pageSize(InboxQuery.MAX_PAGE_SIZE)
                    .cursor(forged).build());

            assertThat(page.items()).extracting(i -> i.data().externalId())
                    .containsExactlyInAnyOrderElementsOf(everything(SELLER));
        }

        @Test
        void aCursorOfAnotherSortIsRefused() {
            seedBothSellers();
            String newest = repository.find(InboxQuery.builder(SELLER).pageSize(2).build()).nextCursor().orElseThrow()
                    .encode();

            assertThatThrownBy(() -> repository.find(InboxQuery.builder(SELLER).sort(InboxSort.PRIORITY)
                    .cursor(newest).build())).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("cursor was made for sort");
        }
    }

    @Nested
    class KeysetPaging {

        @Test
        void pagesThroughASellerInIdOrderWithoutGapsOrRepeats() {
            for (int i = 0; i < 7; i++) {
                repository.upsert(Interactions.review("r" + i).build(), T0);
            }
            repository.upsert(InteractionData.builder(OTHER_SELLER, Channel.CHAT, "x").build(), T0);

            List<Interaction> all = new ArrayList<>();
            List<Interaction> page = repository.findAfter(SELLER, null, 3);
            while (!page.isEmpty()) {
                assertThat(page.size()).isLessThanOrEqualTo(3);
                all.addAll(page);
                page = repository.findAfter(SELLER, page.get(page.size() - 1).id(), 3);
            }

            assertThat(all).hasSize(7).extracting(i -> i.id().value()).isSorted().doesNotHaveDuplicates();
            assertThat(all).allSatisfy(i -> assertThat(i.sellerId()).isEqualTo(SELLER));
        }

        @Test
        void anUnknownSellerHasNoPages() {
            assertThat(repository.findAfter(OTHER_SELLER, null, 10)).isEmpty();
        }

        @Test
        void rejectsALimitOutsideItsRange() {
            assertThatThrownBy(() -> repository.findAfter(SELLER, null, 0)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("limit");
        }
    }
}
