package ru.agentiq.cli.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.cli.CliRun;
import ru.agentiq.cli.json.Json;
import ru.agentiq.cli.wb.WbFixtures;

class SyncCommandTest {

    static final String SIGNATURE = "TOPSECRETSIGNATURE";

    WireMockServer wb;

    static String token(long scopes) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String payload = "{\"acc\":3,\"s\":" + scopes + ",\"exp\":" + Instant.parse("2030-01-01T00:00:00Z")
                .getEpochSecond() + "}";
        return b64.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + SIGNATURE;
    }

    @BeforeEach
    void start() {
        wb = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        wb.start();
    }

    @AfterEach
    void stop() {
        wb.stop();
    }

    private void stubHappyWb() {
        wb.stubFor(get(urlPathEqualTo("/api/v1/feedbacks")).withQueryParam("isAnswered", equalTo("false"))
                .willReturn(okJson(WbFixtures.text("feedbacks_list.json"))));
        wb.stubFor(get(urlPathEqualTo("/api/v1/feedbacks")).withQueryParam("isAnswered", equalTo("true"))
                .willReturn(okJson("{\"data\":{\"feedbacks\":[]},\"error\":false}")));
        wb.stubFor(get(urlPathEqualTo("/api/v1/questions")).withQueryParam("isAnswered", equalTo("false"))
                .willReturn(okJson(WbFixtures.text("questions_list.json"))));
        wb.stubFor(get(urlPathEqualTo("/api/v1/questions")).withQueryParam("isAnswered", equalTo("true"))
                .willReturn(okJson("{\"data\":{\"questions\":[]},\"error\":false}")));
        wb.stubFor(get(urlPathEqualTo("/api/v1/seller/events"))
                .willReturn(okJson("{\"result\":{\"totalEvents\":0,\"events\":[]},\"errors\":null}")));
        wb.stubFor(get(urlPathEqualTo("/api/v1/seller/chats"))
                .willReturn(okJson(WbFixtures.text("chats_list_assembled.json"))));
    }

    @Test
    void syncsEveryChannelIntoTheEmbeddedStoreAndPrintsTheStats() {
        stubHappyWb();

        CliRun run = CliRun.of("sync", "--token", token((1L << 7) | (1L << 9)), "--base-url", wb.baseUrl());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("WB sync · seller 1 · ok").contains("CHANNEL").contains("review")
                .contains("question").contains("chat").doesNotContain(SIGNATURE);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsTheReportAsJson() throws Exception {
        stubHappyWb();

        CliRun run = CliRun.of("sync", "--token", token((1L << 7) | (1L << 9)), "--base-url", wb.baseUrl(),
                "--seller", "8", "--json");

        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.get("seller_id").asLong()).isEqualTo(8);
        assertThat(report.get("status").asText()).isEqualTo("ok");
        assertThat(report.get("created").asInt()).isPositive();
        assertThat(report.get("channels")).hasSize(3);
    }

    @Test
    void aChannelTheTokenCannotReadFailsWithAOneLineReasonAndTheOthersStillSync() {
        stubHappyWb();

        CliRun run = CliRun.of("sync", "--token", token(1L << 7), "--base-url", wb.baseUrl());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("review").contains("succeeded");
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("agentiq: chat: this token has no Buyers chat scope").doesNotContain(SIGNATURE);
    }

    @Test
    void aRefusedTokenFailsEveryChannel() {
        wb.stubFor(get(urlPathEqualTo("/api/v1/feedbacks")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json").withBody(WbFixtures.text("error_401.json"))));
        wb.stubFor(get(urlPathEqualTo("/api/v1/questions")).willReturn(aResponse().withStatus(401)));
        wb.stubFor(get(urlPathEqualTo("/api/v1/seller/events")).willReturn(aResponse().withStatus(401)));

        CliRun run = CliRun.of("sync", "--token", token((1L << 7) | (1L << 9)), "--base-url", wb.baseUrl());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(3).allSatisfy(l -> assertThat(l).contains("401"));
    }

    @Test
    void aBadPageSizeIsAUsageError() {
        CliRun run = CliRun.of("sync", "--token", token(1L << 7), "--page-size", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("pageSize must be 1..10000, was 0");
    }
}
