package ru.agentiq.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole chain against a WireMock Wildberries: sync reviews from WB → they appear in the inbox prioritised →
 * a reply goes through guardrails to WB's answer endpoint → the interaction is responded and the quality outcome is
 * recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:app-wb-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "agentiq.app.demo-data=false",
        "agentiq.app.scheduled-sync=false",
        "agentiq.wb.seller-id=1"})
class ReferenceAppWbSyncTest {

    static final WireMockServer WB = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        WB.start();
    }

    @DynamicPropertySource
    static void wb(DynamicPropertyRegistry registry) {
        registry.add("agentiq.wb.token", ReferenceAppWbSyncTest::token);
        registry.add("agentiq.wb.feedbacks-base-url", WB::baseUrl);
        registry.add("agentiq.wb.chat-base-url", WB::baseUrl);
    }

    @AfterAll
    static void stop() {
        WB.stop();
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void stubWb() {
        WB.resetAll();
        WB.stubFor(get(urlPathEqualTo("/api/v1/feedbacks")).atPriority(5)
                .willReturn(okJson("{\"data\":{\"countUnanswered\":0,\"countArchive\":0,\"feedbacks\":[]},"
                        + "\"error\":false,\"errorText\":\"\",\"additionalErrors\":null}")));
        WB.stubFor(get(urlPathEqualTo("/api/v1/feedbacks")).atPriority(1)
                .withQueryParam("isAnswered", equalTo("false")).withQueryParam("skip", equalTo("0"))
                .willReturn(okJson("{\"data\":{\"countUnanswered\":1,\"countArchive\":0,\"feedbacks\":[{"
                        + "\"id\":\"wb-feedback-1\",\"text\":\"Молния сломалась через неделю\",\"pros\":\"\","
                        + "\"cons\":\"Молния\",\"productValuation\":2,\"createdDate\":\"2026-11-22T09:00:00+03:00\","
                        + "\"answer\":null,\"state\":\"none\",\"productDetails\":{\"imtId\":1,\"nmId\":184523307,"
                        + "\"productName\":\"Куртка\",\"supplierArticle\":\"JKT-1\",\"brandName\":\"Brand\"},"
                        + "\"wasViewed\":false,\"userName\":\"Ирина\"}]},\"error\":false,\"errorText\":\"\","
                        + "\"additionalErrors\":null}")));
        WB.stubFor(post(urlPathEqualTo("/api/v1/feedbacks/answer")).willReturn(aResponse().withStatus(204)));
    }

    @Test
    void syncedReviewsReachTheInboxAndARepliesGoesToWb() {
        ApiClient api = new ApiClient(port);

        ApiClient.Response sync = api.post("/api/interactions/sync/reviews", "demo-seller-key", "");
        assertThat(sync.status()).as("sync answered %s", sync.body()).isEqualTo(200);
        assertThat(sync.body().get("created").asInt()).isEqualTo(1);
        assertThat(sync.body().get("source").asString()).isEqualTo("wb_api");

        JsonNode inbox = api.get("/api/interactions?channel=review", "demo-seller-key").body();
        JsonNode review = inbox.get("interactions").get(0);
        assertThat(review.get("external_id").asString()).isEqualTo("wb-feedback-1");
        assertThat(review.get("priority").asString()).isEqualTo("high");
        assertThat(review.get("source").asString()).isEqualTo("wb_api");

        ApiClient.Response reply = api.post("/api/interactions/" + review.get("id").asLong() + "/reply",
                "demo-seller-key", "{\"text\":\"Ирина, здравствуйте! Жаль, что так вышло: напишите нам в чат,"
                        + " поможем разобраться с молнией.\"}");
        assertThat(reply.status()).as("reply answered %s", reply.body()).isEqualTo(200);
        WB.verify(postRequestedFor(urlPathEqualTo("/api/v1/feedbacks/answer"))
                .withRequestBody(containing("wb-feedback-1")).withRequestBody(containing("поможем")));
        JsonNode card = api.get("/api/interactions/" + review.get("id").asLong(), "demo-seller-key").body();
        assertThat(card.get("status").asString()).isEqualTo("responded");
        assertThat(card.get("extra_data").get("last_reply_outcome").asString()).isEqualTo("reply_manual");
    }

    /** A JWT shaped like WB's with the Feedbacks/Questions and Buyers chat scopes. */
    static String token() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"ES256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"s\":" + ((1L << 7) | (1L << 9)) + ",\"acc\":3,\"exp\":"
                + Instant.parse("2030-01-01T00:00:00Z").getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".c2lnbmF0dXJl";
    }
}
