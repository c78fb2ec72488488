package ru.agentiq.wb.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionKey;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.memory.InMemorySyncCursorStore;
import ru.agentiq.core.memory.InMemorySyncLock;
import ru.agentiq.core.memory.InMemorySyncStatusStore;
import ru.agentiq.core.sync.ChannelReport;
import ru.agentiq.core.sync.SyncOptions;
import ru.agentiq.core.sync.SyncReport;
import ru.agentiq.core.sync.SyncService;
import ru.agentiq.core.sync.SyncState;
import ru.agentiq.wb.WbConnector;
import ru.agentiq.wb.testing.WbStub;

/** The WB feed driven by core's SyncService against a scripted WB. */
class WbSyncTest {

    private final WbStub wb = new WbStub();
    private final InMemoryInteractionRepository repository = new InMemoryInteractionRepository();
    private final InMemorySyncCursorStore cursors = new InMemorySyncCursorStore();

    @AfterEach
    void stop() {
        wb.close();
    }

    private SyncService service() {
        WbConnector connector = wb.connector();
        return SyncService.builder(WbInteractionFeed.allChannels(connector::seller), repository).cursors(cursors)
                .statuses(new InMemorySyncStatusStore()).lock(new InMemorySyncLock(wb.time)).clock(wb.time).build();
    }

    private static String feedbacks(int from, int count, boolean answered) {
        List<String> items = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            Instant at = Instant.parse("2026-08-01T00:00:00Z").minusSeconds(60L * i);
            items.add("{\"id\":\"fb-" + answered + "-" + i + "\",\"text\":\"Отзыв " + i + "\",\"productValuation\":"
                    + (1 + i % 5) + ",\"createdDate\":\"" + at + "\",\"state\":\"" + (answered ? "wbRu" : "none")
                    + "\",\"productDetails\":{\"nmId\":" + (1000 + i) + "}}");
        }
        return "{\"data\":{\"countUnanswered\":0,\"countArchive\":0,\"feedbacks\":[" + String.join(",", items)
                + "]},\"error\":false,\"errorText\":\"\",\"additionalErrors\":null}";
    }

    private void stubFeedbackPage(boolean answered, int skip, int take, String body) {
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks")).withQueryParam("isAnswered",
                equalTo(Boolean.toString(answered))).withQueryParam("skip", equalTo(Integer.toString(skip)))
                .withQueryParam("take", equalTo(Integer.toString(take))).willReturn(okJson(body)));
    }

    @Test
    void pagesThroughBothFeedbackListingsAndTheQuestionsAndChats() {
        stubFeedbackPage(false, 0, 2, feedbacks(0, 2, false));
        stubFeedbackPage(false, 2, 2, feedbacks(2, 1, false));
        stubFeedbackPage(true, 0, 2, feedbacks(10, 2, true));
        stubFeedbackPage(true, 2, 2, feedbacks(12, 0, true));
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/questions"))
                .willReturn(okJson("{\"data\":{\"questions\":[]},\"error\":false}")));
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/events")).withQueryParam("next", absent())
                .willReturn(okJson(ru.agentiq.wb.Fixtures.text("chat_events.json"))));
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/events")).withQueryParam("next", equalTo("1698045576000"))
                .willReturn(okJson("{\"result\":{\"next\":1698045576000,\"totalEvents\":0,\"events\":[]}}")));
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/chats"))
                .willReturn(okJson(ru.agentiq.wb.Fixtures.text("chats_list_assembled.json"))));

        SyncReport report = service().sync(WbStub.SELLER, SyncOptions.builder().pageSize(2).build());

        assertThat(report.succeeded()).as(report.toString()).isTrue();
        ChannelReport reviews = report.channel(Channel.REVIEW).orElseThrow();
        assertThat(reviews.created()).isEqualTo(5);
        assertThat(reviews.pages()).isEqualTo(4);
        assertThat(report.channel(Channel.CHAT).orElseThrow().created()).isPositive();
        assertThat(cursors.cursor(WbStub.SELLER, Channel.CHAT)).contains("1698045576000");
        assertThat(repository.findByKey(new InteractionKey(WbStub.SELLER, Marketplace.WB, Channel.REVIEW,
                "fb-false-0"))).get().satisfies(i -> assertThat(i.data().needsResponse()).isTrue());
        assertThat(repository.findByKey(new InteractionKey(WbStub.SELLER, Marketplace.WB, Channel.REVIEW,
                "fb-true-10"))).get().satisfies(i -> assertThat(i.data().needsResponse()).isFalse());
        wb.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/feedbacks")).withQueryParam("order",
                equalTo("dateDesc")));
    }

    @Test
    void aLong429StopsTheSharedFeedbacksAndQuestionsBucketAndTheChatsCarryOn() {
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks")).willReturn(aResponse().withStatus(429)
                .withHeader("X-Ratelimit-Retry", "720").withHeader("X-Ratelimit-Limit", "6")
                .withHeader("X-Ratelimit-Reset", "720")));
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/events"))
                .willReturn(okJson("{\"result\":{\"totalEvents\":0,\"events\":[]}}")));
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/chats")).willReturn(okJson("{\"result\":[]}")));
        SyncService service = service();

        SyncReport report = service.sync(WbStub.SELLER, SyncOptions.defaults());

        assertThat(report.channel(Channel.REVIEW).orElseThrow().resumeAt())
                .isEqualTo(wb.time.instant().plusSeconds(720));
        assertThat(report.channel(Channel.QUESTION).orElseThrow().outcome()).isEqualTo(ChannelReport.Outcome.FAILED);
        assertThat(report.channel(Channel.CHAT).orElseThrow().succeeded()).isTrue();
        assertThat(report.status().state()).isEqualTo(SyncState.ERROR);
        assertThat(wb.server.countRequestsMatching(getRequestedFor(urlPathEqualTo("/api/v1/questions")).build())
                .getCount()).as("the questions share the refused bucket").isZero();
        assertThat(report.status().cooldowns()).containsKeys(Channel.REVIEW, Channel.QUESTION);
    }

    @Test
    void fetchesOneFeedbackAndReportsA422AsGone() {
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).withQueryParam("id", equalTo("ok"))
                .willReturn(okJson(ru.agentiq.wb.Fixtures.text("feedback_by_id.json"))));
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).withQueryParam("id", equalTo("gone"))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody(ru.agentiq.wb.Fixtures.text("error_fq_422_feedback_by_id.json"))));
        WbInteractionFeed feed = WbInteractionFeed.allChannels(wb.connector()::seller);

        assertThat(feed.fetch(WbStub.SELLER, Channel.REVIEW, "ok")).get()
                .satisfies(item -> assertThat(item.accepted()).isTrue());
        assertThat(feed.fetch(WbStub.SELLER, Channel.REVIEW, "gone")).get().satisfies(item -> {
            assertThat(item.accepted()).isFalse();
            assertThat(item.rejection()).contains("no longer has it");
        });
        assertThat(feed.fetch(WbStub.SELLER, Channel.CHAT, "c")).isEmpty();
    }
}
