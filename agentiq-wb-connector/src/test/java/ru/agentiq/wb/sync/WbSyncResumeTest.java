package ru.agentiq.wb.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InboxPage;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.memory.InMemorySyncCursorStore;
import ru.agentiq.core.memory.InMemorySyncLock;
import ru.agentiq.core.memory.InMemorySyncStatusStore;
import ru.agentiq.core.sync.ChannelReport;
import ru.agentiq.core.sync.SyncOptions;
import ru.agentiq.core.sync.SyncReport;
import ru.agentiq.core.sync.SyncService;
import ru.agentiq.core.sync.SyncState;
import ru.agentiq.wb.WbConfig;
import ru.agentiq.wb.WbConnector;
import ru.agentiq.wb.testing.WbStub;

/**
 * A sync that WB breaks off after page k (a 5xx or a reset connection on page k + 1 that outlasts every retry) and
 * that is then run again, for every k of a small multi-page feed, through the real client against WireMock: nothing
 * lost, nothing created twice, and the watermark or event cursor picks up where it should.
 */
class WbSyncResumeTest {

    private static final Instant BASE = Instant.parse("2026-08-01T00:00:00Z");
    private static final int PAGE = 2;

    private final WbStub wb = new WbStub();
    private final InMemoryInteractionRepository repository = new InMemoryInteractionRepository();
    private final InMemorySyncCursorStore cursors = new InMemorySyncCursorStore();
    private final InMemorySyncStatusStore statuses = new InMemorySyncStatusStore();

    @AfterEach
    void stop() {
        wb.close();
    }

    private SyncService service() {
        WbConnector connector = wb.connector();
        return SyncService.builder(WbInteractionFeed.allChannels(connector::seller), repository).cursors(cursors)
                .statuses(statuses).lock(new InMemorySyncLock(wb.time)).clock(wb.time).build();
    }

    /** Alternates the two ways WB breaks a page: a 500 that lasts, and a reset connection. */
    private static ResponseDefinitionBuilder fault(int k) {
        return k % 2 == 0 ? aResponse().withStatus(500)
                : aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
    }

    private List<String> stored(Channel channel) {
        List<String> ids = new ArrayList<>();
        InboxQuery.Builder query = InboxQuery.builder(WbStub.SELLER).channels(channel)
                .pageSize(InboxQuery.MAX_PAGE_SIZE).includeTotal(false);
        InboxPage page = repository.find(query.build());
        page.items().stream().map(i -> i.data().externalId()).forEach(ids::add);
        while (page.nextCursor().isPresent()) {
            page = repository.find(query.cursor(page.nextCursor().get()).build());
            page.items().stream().map(Interaction::data).map(d -> d.externalId()).forEach(ids::add);
        }
        return ids;
    }

    private long requests(RequestPatternBuilder pattern) {
        return wb.server.countRequestsMatching(pattern.build()).getCount();
    }

    @Nested
    class Feedbacks {

        /** One WB feedback; {@code minute} orders them (higher is newer). */
        record Item(String id, int minute, boolean answered) {
            Instant at() {
                return BASE.plusSeconds(60L * minute);
            }

            String json() {
                return "{\"id\":\"" + id + "\",\"text\":\"Отзыв " + id + "\",\"productValuation\":" + (1 + minute % 5)
                        + ",\"createdDate\":\"" + at() + "\",\"state\":\"" + (answered ? "wbRu" : "none")
                        + "\",\"productDetails\":{\"nmId\":" + (5000 + minute) + "}}";
            }
        }

        private final List<Item> items = new ArrayList<>();

        /** Five unanswered and five answered feedbacks: three pages of two in each listing, six pages in all. */
        Feedbacks() {
            for (int i = 0; i < 10; i++) {
                items.add(new Item("fb-" + i, i, i % 2 == 1));
            }
        }

        /** The listing as WB serves it: newest first, sliced by skip/take. */
        private List<Item> listing(boolean answered) {
            return items.stream().filter(i -> i.answered() == answered)
                    .sorted(Comparator.comparingInt(Item::minute).reversed()).toList();
        }

        private MappingBuilder page(boolean answered, int skip) {
            return get(urlPathEqualTo("/api/v1/feedbacks")).withQueryParam("isAnswered",
                    equalTo(Boolean.toString(answered))).withQueryParam("skip", equalTo(Integer.toString(skip)))
                    .withQueryParam("take", equalTo(Integer.toString(PAGE)));
        }

        /** Stubs every page of both listings (and the empty page after a full last one). */
        private void serve() {
            wb.server.resetAll();
            for (boolean answered : new boolean[] {false, true}) {
                List<Item> listing = listing(answered);
                for (int skip = 0; skip <= listing.size(); skip += PAGE) {
                    List<Item> slice = listing.subList(skip, Math.min(listing.size(), skip + PAGE));
                    wb.server.stubFor(page(answered, skip).willReturn(okJson("{\"data\":{\"countUnanswered\":0,"
                            + "\"countArchive\":0,\"feedbacks\":[" + String.join(",", slice.stream()
                                    .map(Item::json).toList()) + "]},\"error\":false,\"errorText\":\"\","
                            + "\"additionalErrors\":null}")));
                }
            }
        }

        /** The pages in the order the sync asks for them: the unanswered listing, then the answered one. */
        private List<List<Item>> pagesInOrder() {
            List<List<Item>> pages = new ArrayList<>();
            for (boolean answered : new boolean[] {false, true}) {
                List<Item> listing = listing(answered);
                for (int skip = 0; skip < listing.size(); skip += PAGE) {
                    pages.add(listing.subList(skip, Math.min(listing.size(), skip + PAGE)));
                }
            }
            return pages;
        }

        private SyncOptions options() {
            return SyncOptions.builder().channel(Channel.REVIEW).pageSize(PAGE).build();
        }

        @ParameterizedTest(name = "WB fails for good after page {0}")
        @ValueSource(ints = {0, 1, 2, 3, 4, 5})
        void aSyncBrokenOffAfterAnyPageResumesWithNothingLostNothingDuplicatedAndTheRightWatermark(int k) {
            List<List<Item>> pages = pagesInOrder();
            assertThat(pages).hasSize(6);
            serve();
            boolean answeredPass = k >= 3;
            int failingSkip = (k % 3) * PAGE;
            wb.server.stubFor(page(answeredPass, failingSkip).atPriority(1).willReturn(fault(k)));

            SyncReport broken = service().sync(WbStub.SELLER, options());

            assertThat(broken.channel(Channel.REVIEW).orElseThrow().outcome()).isEqualTo(ChannelReport.Outcome.FAILED);
            assertThat(broken.status().state()).isEqualTo(SyncState.ERROR);
            assertThat(requests(getRequestedFor(urlPathEqualTo("/api/v1/feedbacks"))
                    .withQueryParam("isAnswered", equalTo(Boolean.toString(answeredPass)))
                    .withQueryParam("skip", equalTo(Integer.toString(failingSkip)))))
                    .as("the failing page was retried until the attempts ran out")
                    .isEqualTo(WbConfig.DEFAULT_MAX_ATTEMPTS);
            List<String> readBeforeTheFailure = pages.subList(0, k).stream().flatMap(List::stream).map(Item::id)
                    .toList();
            assertThat(stored(Channel.REVIEW)).containsExactlyInAnyOrderElementsOf(readBeforeTheFailure);
            assertThat(cursors.watermark(WbStub.SELLER, Channel.REVIEW))
                    .as("no watermark before the whole channel succeeded").isEmpty();

            items.add(new Item("fb-new-open", 20, false));
            items.add(new Item("fb-new-answered", 21, true));
            serve();
            SyncReport resumed = service().sync(WbStub.SELLER, options());

            assertThat(resumed.succeeded()).as(resumed.toString()).isTrue();
            assertThat(stored(Channel.REVIEW)).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(items.stream().map(Item::id).toList());
            ChannelReport reviews = resumed.channel(Channel.REVIEW).orElseThrow();
            assertThat(broken.channel(Channel.REVIEW).orElseThrow().created() + reviews.created())
                    .as("every feedback created exactly once over both runs").isEqualTo(items.size());
            assertThat(reviews.unchanged()).as("what the broken run stored is read again, unchanged")
                    .isEqualTo(readBeforeTheFailure.size());
            assertThat(requests(getRequestedFor(urlPathEqualTo("/api/v1/feedback"))))
                    .as("nothing needed reading back one by one").isZero();
            assertThat(cursors.watermark(WbStub.SELLER, Channel.REVIEW)).contains(BASE.plusSeconds(60L * 21));

            items.add(new Item("fb-later", 30, true));
            serve();
            SyncReport next = service().sync(WbStub.SELLER, options());

            ChannelReport later = next.channel(Channel.REVIEW).orElseThrow();
            assertThat(later.stoppedAtWatermark()).as("the resumed watermark bounds the next answered pass").isTrue();
            assertThat(later.created()).isEqualTo(1);
            assertThat(requests(getRequestedFor(urlPathEqualTo("/api/v1/feedbacks"))
                    .withQueryParam("isAnswered", equalTo("true"))))
                    .as("of the answered listing's four pages: the new item and the one at the watermark, then the "
                            + "page that reaches below it").isEqualTo(2);
            assertThat(stored(Channel.REVIEW)).doesNotHaveDuplicates().hasSize(items.size());
        }
    }

    @Nested
    class Chats {

        private int pages = 4;

        private static String event(int i) {
            long at = BASE.toEpochMilli() + 60_000L * i;
            return "{\"chatID\":\"1:chat-" + i + "\",\"eventID\":\"ev-" + i + "\",\"eventType\":\"message\","
                    + "\"isNewChat\":true,\"message\":{\"text\":\"Здравствуйте, вопрос " + i + "\"},"
                    + "\"source\":\"rusite\",\"addTimestamp\":" + at + ",\"addTime\":\"" + Instant.ofEpochMilli(at)
                    + "\",\"replySign\":\"1:chat-" + i + ":sign\",\"sender\":\"client\",\"clientName\":\"Ольга\"}";
        }

        /** WB's {@code next} after page p (1-based): milliseconds, strictly increasing. */
        private static long next(int p) {
            return BASE.toEpochMilli() + 1_000_000L * p;
        }

        private MappingBuilder page(int p) {
            MappingBuilder events = get(urlPathEqualTo("/api/v1/seller/events"));
            return p == 1 ? events.withQueryParam("next", absent())
                    : events.withQueryParam("next", equalTo(Long.toString(next(p - 1))));
        }

        /** {@code pages} pages of two new chats each, then an exhausted page; the chat list is empty. */
        private void serve() {
            wb.server.resetAll();
            for (int p = 1; p <= pages; p++) {
                wb.server.stubFor(page(p).willReturn(okJson("{\"result\":{\"next\":" + next(p) + ",\"totalEvents\":2,"
                        + "\"events\":[" + event(2 * p - 2) + "," + event(2 * p - 1) + "]}}")));
            }
            wb.server.stubFor(page(pages + 1).willReturn(okJson("{\"result\":{\"next\":" + next(pages)
                    + ",\"totalEvents\":0,\"events\":[]}}")));
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/chats")).willReturn(okJson("{\"result\":[]}")));
        }

        private List<String> chats(int count) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add("1:chat-" + i);
            }
            return ids;
        }

        private SyncOptions options() {
            return SyncOptions.builder().channel(Channel.CHAT).build();
        }

        @ParameterizedTest(name = "WB fails for good after events page {0}")
        @ValueSource(ints = {0, 1, 2, 3, 4})
        void aSyncBrokenOffAfterAnyEventsPageResumesFromTheSavedCursor(int k) {
            serve();
            wb.server.stubFor(page(k + 1).atPriority(1).willReturn(fault(k)));

            SyncReport broken = service().sync(WbStub.SELLER, options());

            assertThat(broken.channel(Channel.CHAT).orElseThrow().outcome()).isEqualTo(ChannelReport.Outcome.FAILED);
            assertThat(stored(Channel.CHAT)).containsExactlyInAnyOrderElementsOf(chats(2 * Math.min(k, pages)));
            if (k == 0) {
                assertThat(cursors.cursor(WbStub.SELLER, Channel.CHAT)).isEmpty();
            } else {
                assertThat(cursors.cursor(WbStub.SELLER, Channel.CHAT)).as("saved after every page")
                        .contains(Long.toString(next(k)));
            }

            pages = 5;
            serve();
            SyncReport resumed = service().sync(WbStub.SELLER, options());

            assertThat(resumed.succeeded()).as(resumed.toString()).isTrue();
            List<ServeEvent> served = wb.server.getAllServeEvents().stream()
                    .filter(e -> e.getRequest().getUrl().startsWith("/api/v1/seller/events"))
                    .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate())).toList();
            String firstNext = served.get(0).getRequest().queryParameter("next").isPresent()
                    ? served.get(0).getRequest().queryParameter("next").firstValue() : null;
            assertThat(firstNext).as("the resumed run starts at the saved cursor")
                    .isEqualTo(k == 0 ? null : Long.toString(next(k)));
            assertThat(served).as("no page before the cursor is read again").hasSize(pages + 1 - k);
            assertThat(stored(Channel.CHAT)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(chats(10));
            assertThat(broken.channel(Channel.CHAT).orElseThrow().created()
                    + resumed.channel(Channel.CHAT).orElseThrow().created()).isEqualTo(10);
            assertThat(cursors.cursor(WbStub.SELLER, Channel.CHAT)).contains(Long.toString(next(pages)));
        }
    }
}
