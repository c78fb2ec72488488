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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole chain against a WireMock Wildberries (and a WireMock model on the same server): sync reviews from WB →
 * they appear in the inbox prioritised → an AI draft grounded on the product's WB card → the draft, unchanged, goes
 * through guardrails to WB's answer endpoint → the interaction is responded, the quality outcome is
 * {@code draft_accepted} and counted in the quality metrics, and the sync run shows in sync health.
 *
 * <p>Subclasses choose the database. Both share one WireMock server (stubs are reset before each test) and, on
 * PostgreSQL, the embedded server of the other PostgreSQL tests; only the Spring context is started per variant.
 */
abstract class ReferenceAppWbSyncContract {

    static final WireMockServer WB = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        WB.start();
        Runtime.getRuntime().addShutdownHook(new Thread(WB::stop));
    }

    @DynamicPropertySource
    static void wb(DynamicPropertyRegistry registry) {
        // no demo data and no scheduled sync: the test's own sync is the only source of interactions
        registry.add("agentiq.app.demo-data", () -> "false");
        registry.add("agentiq.app.scheduled-sync", () -> "false");
        registry.add("agentiq.wb.seller-id", () -> "1");
        registry.add("agentiq.wb.token", ReferenceAppWbSyncContract::token);
        registry.add("agentiq.wb.feedbacks-base-url", WB::baseUrl);
        registry.add("agentiq.wb.chat-base-url", WB::baseUrl);
        registry.add("agentiq.wb.card-host-pattern", () -> WB.baseUrl() + "/cdn-%s");
        registry.add("agentiq.llm.base-url", () -> WB.baseUrl() + LlmStub.PATH);
        registry.add("agentiq.llm.api-key", () -> "sk-test-not-a-secret");
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
        // basket 12 serves nmIds whose vol (nm / 100,000) is 1656..1919
        WB.stubFor(get(urlPathEqualTo("/cdn-12/vol1845/part184523/184523307/info/ru/card.json"))
                .willReturn(okJson("{\"imt_name\":\"Куртка демисезонная\",\"subj_name\":\"Куртки\","
                        + "\"subj_root_name\":\"Одежда\",\"selling\":{\"brand_name\":\"Brand\"},"
                        + "\"options\":[{\"name\":\"Застёжка\",\"value\":\"молния\"}]}")));
        LlmStub.answerAll(WB, DRAFT);
    }

    static final String DRAFT = "Здравствуйте! Жаль, что молния подвела. Напишите нам в чат, поможем разобраться"
            + " с курткой.";

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

        long id = review.get("id").asLong();
        ApiClient.Response draft = api.post("/api/interactions/" + id + "/ai-draft", "demo-seller-key", "{}");
        assertThat(draft.status()).as("draft answered %s", draft.body()).isEqualTo(200);
        assertThat(draft.body().get("source").asString()).isEqualTo("llm");
        assertThat(draft.body().get("grounding")).anySatisfy(g ->
                assertThat(g.get("kind").asString()).isEqualTo("product_card"));
        String text = draft.body().get("draft_text").asString();
        assertThat(text).startsWith("Здравствуйте!").contains("поможем разобраться");
        WB.verify(postRequestedFor(urlPathEqualTo(LlmStub.PATH + "/chat/completions"))
                .withRequestBody(containing("Куртка демисезонная")));

        ApiClient.Response reply = api.post("/api/interactions/" + id + "/reply", "demo-seller-key",
                "{\"text\":\"" + text + "\"}");
        assertThat(reply.status()).as("reply answered %s", reply.body()).isEqualTo(200);
        assertThat(reply.body().get("outcome").asString()).isEqualTo("draft_accepted");
        WB.verify(postRequestedFor(urlPathEqualTo("/api/v1/feedbacks/answer"))
                .withRequestBody(containing("wb-feedback-1")).withRequestBody(containing("поможем")));
        JsonNode card = api.get("/api/interactions/" + id, "demo-seller-key").body();
        assertThat(card.get("status").asString()).isEqualTo("responded");
        assertThat(card.get("extra_data").get("last_reply_outcome").asString()).isEqualTo("draft_accepted");

        JsonNode quality = api.get("/api/interactions/metrics/quality?days=1", "demo-seller-key").body();
        assertThat(quality.get("totals").get("replies_total").asLong()).isEqualTo(1);
        assertThat(quality.get("totals").get("draft_accepted").asLong()).isEqualTo(1);
        assertThat(quality.get("totals").get("draft_generated").asLong()).isEqualTo(1);
        JsonNode ops = api.get("/api/interactions/metrics/ops-alerts", "demo-seller-key").body();
        assertThat(ops.get("sync_health").get("status").asString()).isEqualTo("healthy");
        JsonNode health = api.get("/actuator/health", null).body();
        assertThat(health.get("components").get("agentiqSync").get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/api/v1/users/me/usage", "demo-seller-key").body().get("total").asLong())
                .isEqualTo(1);
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
