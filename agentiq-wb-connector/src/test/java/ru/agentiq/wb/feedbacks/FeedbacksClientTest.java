package ru.agentiq.wb.feedbacks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.agentiq.wb.Fixtures;
import ru.agentiq.wb.WbApiException;
import ru.agentiq.wb.WbAuthenticationException;
import ru.agentiq.wb.WbConnectionException;
import ru.agentiq.wb.WbMalformedResponseException;
import ru.agentiq.wb.WbNotFoundException;
import ru.agentiq.wb.WbRateLimitedException;
import ru.agentiq.wb.WbServerException;
import ru.agentiq.wb.WbValidationException;
import ru.agentiq.wb.testing.Tokens;
import ru.agentiq.wb.testing.WbStub;

class FeedbacksClientTest {

    private final WbStub wb = new WbStub();

    @AfterEach
    void stop() {
        wb.close();
    }

    private FeedbacksClient client() {
        return wb.seller().feedbacks();
    }

    @Nested
    class Listing {

        @Test
        void sendsTheDocumentedQueryAndTheRawTokenAndParsesTheOfficialExample() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks"))
                    .willReturn(okJson(Fixtures.text("feedbacks_list.json"))));

            FeedbackList page = client().list(new FeedbackQuery(false, 100, 200, FeedbackQuery.Order.DATE_DESC,
                    1234L, Instant.ofEpochSecond(1_700_000_000L), null));

            wb.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/feedbacks"))
                    .withQueryParam("isAnswered", equalTo("false"))
                    .withQueryParam("take", equalTo("100"))
                    .withQueryParam("skip", equalTo("200"))
                    .withQueryParam("order", equalTo("dateDesc"))
                    .withQueryParam("nmId", equalTo("1234"))
                    .withQueryParam("dateFrom", equalTo("1700000000"))
                    .withHeader("Authorization", equalTo(Tokens.personal()))
                    .withHeader("Accept", equalTo("application/json")));
            assertThat(page.feedbacks()).isNotEmpty();
            Feedback first = page.feedbacks().get(0);
            assertThat(first.id()).isNotBlank();
            assertThat(first.createdAt()).isNotNull();
            assertThat(first.productDetails().nmId()).isPositive();
        }

        @Test
        void keepsUnknownFieldsAndExact64BitIds() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks")).willReturn(okJson("""
                    {"data":{"feedbacks":[{"id":"f1","lastOrderShkId":44660208916,"mood":"new-field",
                    "productDetails":{"nmId":9223372036854775806}}]},"error":false,"errorText":"",
                    "additionalErrors":null}""")));

            Feedback f = client().list(FeedbackQuery.page(false, 1, 0)).feedbacks().get(0);

            assertThat(f.lastOrderShkId()).isEqualTo(44_660_208_916L);
            assertThat(f.productDetails().nmId()).isEqualTo(9_223_372_036_854_775_806L);
            assertThat(f.other()).containsEntry("mood", "new-field");
        }

        @Test
        void readsAnEmptyPageAsNoFeedbacks() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks")).willReturn(okJson(
                    "{\"data\":{\"countUnanswered\":0,\"countArchive\":0,\"feedbacks\":[]},\"error\":false}")));

            assertThat(client().list(FeedbackQuery.page(true, 10, 0)).feedbacks()).isEmpty();
        }

        @Test
        void sendsBearerWhenConfigured() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks/count-unanswered"))
                    .willReturn(okJson(Fixtures.text("feedbacks_count_unanswered_docs_sample.json"))));

            wb.connector(wb.config().bearer(true).build()).seller(WbStub.SELLER).feedbacks().countUnanswered();

            wb.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/feedbacks/count-unanswered"))
                    .withHeader("Authorization", equalTo("Bearer " + Tokens.personal())));
        }
    }

    @Nested
    class Answers {

        @Test
        void postsTheAnswerAsJsonAndAccepts204() {
            wb.server.stubFor(post(urlPathEqualTo("/api/v1/feedbacks/answer")).willReturn(aResponse().withStatus(204)));

            client().answer("f-1", "Спасибо за отзыв!");

            wb.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/feedbacks/answer"))
                    .withHeader("Content-Type", equalTo("application/json"))
                    .withRequestBody(equalToJson("{\"id\":\"f-1\",\"text\":\"Спасибо за отзыв!\"}")));
        }

        @Test
        void editsWithPatch() {
            wb.server.stubFor(patch(urlPathEqualTo("/api/v1/feedbacks/answer")).willReturn(aResponse().withStatus(204)));

            client().editAnswer("f-1", "Исправленный ответ");

            wb.server.verify(patchRequestedFor(urlPathEqualTo("/api/v1/feedbacks/answer"))
                    .withRequestBody(equalToJson("{\"id\":\"f-1\",\"text\":\"Исправленный ответ\"}")));
        }

        @Test
        void neverRetriesAnAnswerThatTimedOutAndSaysItMayHaveBeenDelivered() {
            wb.server.stubFor(post(urlPathEqualTo("/api/v1/feedbacks/answer"))
                    .willReturn(aResponse().withStatus(204).withFixedDelay(1_000)));
            FeedbacksClient fast = wb.connector(wb.config().requestTimeout(Duration.ofMillis(150)).build())
                    .seller(WbStub.SELLER).feedbacks();

            assertThatThrownBy(() -> fast.answer("f-1", "Спасибо!"))
                    .isInstanceOfSatisfying(WbConnectionException.class, e ->
                            assertThat(e.mayHaveBeenDelivered()).isTrue());
            assertThat(wb.server.countRequestsMatching(postRequestedFor(urlPathEqualTo("/api/v1/feedbacks/answer"))
                    .build()).getCount()).isEqualTo(1);
        }

        @Test
        void reportsWbsExplanationOfA400() {
            wb.server.stubFor(post(urlPathEqualTo("/api/v1/feedbacks/answer")).willReturn(aResponse().withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.text("error_feedback_answer_400_invalid_json.json"))));

            assertThatThrownBy(() -> client().answer("f-1", "Спасибо!"))
                    .isInstanceOfSatisfying(WbValidationException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.wbMessage()).isNotBlank();
                        assertThat(e.requestId()).isNotBlank();
                        assertThat(e.getMessage()).contains(e.wbMessage()).contains(e.requestId());
                    });
        }
    }

    @Nested
    class Counting {

        @Test
        void sendsIsAnsweredAndTheDatesAsUnixSecondsAndReadsTheCount() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks/count"))
                    .willReturn(okJson(Fixtures.text("feedbacks_count_docs_sample.json"))));

            int count = client().count(true, Instant.parse("2026-08-01T00:00:00Z"),
                    Instant.parse("2026-08-31T23:59:59.900Z"));

            assertThat(count).isEqualTo(724_583);
            wb.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/feedbacks/count"))
                    .withQueryParam("isAnswered", equalTo("true"))
                    .withQueryParam("dateFrom", equalTo("1785542400"))
                    .withQueryParam("dateTo", equalTo("1788220799"))
                    .withHeader("Authorization", equalTo(Tokens.personal())));
        }

        @Test
        void leavesOutOpenEndsAndAlwaysSendsIsAnsweredWhichAugust2026Requires() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks/count"))
                    .willReturn(okJson("{\"data\":0,\"error\":false,\"errorText\":\"\",\"additionalErrors\":null}")));

            assertThat(client().count(false, null, null)).isZero();

            wb.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/feedbacks/count"))
                    .withQueryParam("isAnswered", equalTo("false"))
                    .withoutQueryParam("dateFrom")
                    .withoutQueryParam("dateTo"));
        }

        @Test
        void readsANullCountAsZero() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks/count"))
                    .willReturn(okJson("{\"data\":null,\"error\":false}")));

            assertThat(client().count(true, null, null)).isZero();
        }

        @Test
        void aRejectedDateIsAValidationErrorWithWbsText() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks/count")).willReturn(aResponse().withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.text("error_fq_400_dateFrom.json"))));

            assertThatThrownBy(() -> client().count(true, Instant.ofEpochSecond(1), null))
                    .isInstanceOfSatisfying(WbValidationException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.wbMessage()).isEqualTo("Плохой формат dateFrom");
                        assertThat(e.requestId()).isEqualTo("734c9ea8-39e5-45c9-8cad-f03c13f733e9");
                    });
            assertThat(wb.server.getAllServeEvents()).as("a 400 is not retried").hasSize(1);
        }

        @Test
        void aCountThatIsNotANumberIsMalformed() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks/count"))
                    .willReturn(okJson("{\"data\":{\"count\":5},\"error\":false}")));

            assertThatThrownBy(() -> client().count(true, null, null)).isInstanceOf(WbMalformedResponseException.class);
        }
    }

    @Nested
    class NewFeedbacksAndQuestions {

        @Test
        void readsBothFlagsOfTheOfficialExampleFromAParameterlessGet() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/new-feedbacks-questions"))
                    .willReturn(okJson(Fixtures.text("new_feedbacks_questions_docs_sample.json"))));

            NewItems items = client().newFeedbacksAndQuestions();

            assertThat(items).isEqualTo(new NewItems(true, false));
            wb.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/new-feedbacks-questions"))
                    .withHeader("Authorization", equalTo(Tokens.personal())));
            assertThat(wb.server.getAllServeEvents().get(0).getRequest().getQueryParams()).isEmpty();
        }

        @Test
        void readsTheOppositeFlagsToo() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/new-feedbacks-questions")).willReturn(okJson(
                    "{\"data\":{\"hasNewQuestions\":false,\"hasNewFeedbacks\":true,\"hasNewChats\":true},"
                            + "\"error\":false}")));

            assertThat(client().newFeedbacksAndQuestions()).isEqualTo(new NewItems(false, true));
        }

        @Test
        void anErrorEnvelopeIsAValidationErrorWithWbsText() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/new-feedbacks-questions")).willReturn(aResponse()
                    .withStatus(400).withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.text("error_fq_400_generic.json"))));

            assertThatThrownBy(() -> client().newFeedbacksAndQuestions())
                    .isInstanceOfSatisfying(WbValidationException.class, e ->
                            assertThat(e.wbMessage()).isEqualTo("Something went wrong"));
        }

        @Test
        void aForbiddenTokenIsAnAuthenticationFailure() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/new-feedbacks-questions")).willReturn(aResponse()
                    .withStatus(403).withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.text("error_fq_403.json"))));

            assertThatThrownBy(() -> client().newFeedbacksAndQuestions())
                    .isInstanceOf(WbAuthenticationException.class).hasMessageContaining("403")
                    .hasMessageNotContaining(Tokens.personal());
        }
    }

    @Nested
    class Archive {

        @Test
        void sendsTakeSkipOrderAndNmIdAndParsesTheOfficialExample() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks/archive"))
                    .willReturn(okJson(Fixtures.text("feedbacks_archive_list.json"))));

            FeedbackList page = client().archive(500, 1000, FeedbackQuery.Order.DATE_ASC, 987_654_321L);

            wb.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/feedbacks/archive"))
                    .withQueryParam("take", equalTo("500"))
                    .withQueryParam("skip", equalTo("1000"))
                    .withQueryParam("order", equalTo("dateAsc"))
                    .withQueryParam("nmId", equalTo("987654321"))
                    .withoutQueryParam("isAnswered")
                    .withHeader("Authorization", equalTo(Tokens.personal())));
            assertThat(page.countUnanswered()).isNull();
            assertThat(page.countArchive()).isNull();
            assertThat(page.feedbacks()).hasSize(1);
            Feedback f = page.feedbacks().get(0);
            assertThat(f.id()).isEqualTo("YX52RZEBhH9mrcYdEJuD");
            assertThat(f.productValuation()).isEqualTo(5);
            assertThat(f.productDetails().nmId()).isEqualTo(987_654_321L);
            assertThat(f.productDetails().supplierArticle()).isEqualTo("DP02/черный");
            assertThat(f.answer().text()).isEqualTo("Пожалуйста. Ждём вас снова!");
        }

        @Test
        void defaultsToNewestFirstAndLeavesOutAMissingNmId() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks/archive"))
                    .willReturn(okJson("{\"data\":{\"feedbacks\":[]},\"error\":false}")));

            assertThat(client().archive(10, 0, null, null).feedbacks()).isEmpty();

            wb.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/feedbacks/archive"))
                    .withQueryParam("take", equalTo("10"))
                    .withQueryParam("skip", equalTo("0"))
                    .withQueryParam("order", equalTo("dateDesc"))
                    .withoutQueryParam("nmId"));
        }

        @Test
        void readsANullDataAsAnEmptyPage() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks/archive"))
                    .willReturn(okJson("{\"data\":null,\"error\":false}")));

            assertThat(client().archive(10, 0, null, null).feedbacks()).isEmpty();
        }

        @Test
        void the422OfAugust2026IsAValidationErrorWithWbsText() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks/archive")).willReturn(aResponse().withStatus(422)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.text("error_fq_422_feedback_by_id.json"))));

            assertThatThrownBy(() -> client().archive(10, 0, null, null))
                    .isInstanceOfSatisfying(WbValidationException.class, e -> {
                        assertThat(e.status()).isEqualTo(422);
                        assertThat(e.wbMessage()).isNotBlank();
                        assertThat(e.requestId()).isEqualTo("87a2fe4d-d28b-4bae-b824-c0f498c72702");
                    });
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 5_001})
        void rejectsATakeOutsideWbsRangeBeforeCallingWb(int take) {
            assertThatThrownBy(() -> client().archive(take, 0, null, null))
                    .isInstanceOf(ru.agentiq.core.ValidationException.class).hasMessageContaining("take");
            assertThat(wb.server.getAllServeEvents()).isEmpty();
        }
    }

    @Nested
    class Errors {

        private void answerWith(int status, String fixture) {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).willReturn(aResponse().withStatus(status)
                    .withHeader("Content-Type", "application/json").withBody(Fixtures.text(fixture))));
        }

        @Test
        void a401IsAnAuthenticationFailure() {
            answerWith(401, "error_401.json");

            assertThatThrownBy(() -> client().get("f-1")).isInstanceOf(WbAuthenticationException.class)
                    .hasMessageContaining("401");
        }

        @Test
        void a403IsAnAuthenticationFailure() {
            answerWith(403, "error_fq_403.json");

            assertThatThrownBy(() -> client().get("f-1")).isInstanceOf(WbAuthenticationException.class)
                    .hasMessageContaining("403");
        }

        @Test
        void a404IsNotFound() {
            answerWith(404, "error_fq_404_question_patch.json");

            assertThatThrownBy(() -> client().get("f-1")).isInstanceOf(WbNotFoundException.class);
        }

        @Test
        void a422CarriesWbsErrorText() {
            answerWith(422, "error_fq_422_feedback_by_id.json");

            assertThatThrownBy(() -> client().get("nope"))
                    .isInstanceOfSatisfying(WbValidationException.class, e -> {
                        assertThat(e.status()).isEqualTo(422);
                        assertThat(e.wbMessage()).contains("Невозможно получить отзыв");
                    });
        }

        @Test
        void a400WithAnErrorEnvelopeCarriesWbsErrorText() {
            answerWith(400, "error_fq_400_isAnswered.json");

            assertThatThrownBy(() -> client().get("f-1"))
                    .isInstanceOfSatisfying(WbValidationException.class, e -> assertThat(e.wbMessage()).isNotBlank());
        }

        @ParameterizedTest
        @ValueSource(ints = {500, 502, 503})
        void retriesServerErrorsOfReadsWithBackoffThenGivesUp(int status) {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).willReturn(aResponse().withStatus(status)));

            assertThatThrownBy(() -> client().get("f-1"))
                    .isInstanceOfSatisfying(WbServerException.class, e -> assertThat(e.status()).isEqualTo(status));
            assertThat(wb.server.getAllServeEvents()).hasSize(4);
            assertThat(wb.time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                    Duration.ofSeconds(4));
        }

        @Test
        void recoversWhenAServerErrorPasses() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).inScenario("flaky")
                    .willReturn(aResponse().withStatus(502)).willSetStateTo("ok"));
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).inScenario("flaky").whenScenarioStateIs("ok")
                    .willReturn(okJson(Fixtures.text("feedback_by_id.json"))));

            assertThat(client().get("f-1").id()).isNotBlank();
            assertThat(wb.server.getAllServeEvents()).hasSize(2);
        }

        @Test
        void retriesAConnectionResetOfARead() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback"))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertThatThrownBy(() -> client().get("f-1")).isInstanceOf(WbConnectionException.class);
            assertThat(wb.server.getAllServeEvents()).hasSize(4);
        }

        @Test
        void givesUpOnASlowReadAfterTheTimeoutOfEveryAttempt() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback"))
                    .willReturn(okJson(Fixtures.text("feedback_by_id.json")).withFixedDelay(1_000)));
            FeedbacksClient slow = wb.connector(wb.config().requestTimeout(Duration.ofMillis(100)).maxAttempts(2)
                    .build()).seller(WbStub.SELLER).feedbacks();

            assertThatThrownBy(() -> slow.get("f-1")).isInstanceOf(WbConnectionException.class)
                    .hasMessageContaining("timed out");
            assertThat(wb.server.getAllServeEvents()).hasSize(2);
        }

        @Test
        void aTruncatedBodyIsMalformedAndNamesTheRequestId() {
            String body = Fixtures.text("feedback_by_id.json");
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).willReturn(okJson(body.substring(0, 60))
                    .withHeader("X-Request-Id", "req-42")));

            assertThatThrownBy(() -> client().get("f-1"))
                    .isInstanceOfSatisfying(WbMalformedResponseException.class, e ->
                            assertThat(e.requestId()).isEqualTo("req-42"))
                    .hasMessageContaining("req-42");
        }

        @Test
        void anHtmlBodyIsMalformed() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>")));

            assertThatThrownBy(() -> client().get("f-1")).isInstanceOf(WbMalformedResponseException.class)
                    .hasMessageContaining("<html>");
        }

        @Test
        void aBrokenChunkIsAConnectionFailure() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback"))
                    .willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

            assertThatThrownBy(() -> client().get("f-1")).isInstanceOf(WbApiException.class);
        }
    }

    @Nested
    class RateLimits {

        @Test
        void sleepsTheRatelimitRetrySecondsAndRetries() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).inScenario("429")
                    .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/problem+json")
                            .withHeader("X-Ratelimit-Retry", "2").withHeader("X-Ratelimit-Limit", "10")
                            .withHeader("X-Ratelimit-Reset", "29").withBody(Fixtures.text("error_429.json")))
                    .willSetStateTo("ok"));
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).inScenario("429").whenScenarioStateIs("ok")
                    .willReturn(okJson(Fixtures.text("feedback_by_id.json"))));

            assertThat(client().get("f-1").id()).isNotBlank();
            assertThat(wb.time.sleeps()).containsExactly(Duration.ofSeconds(2));
        }

        @Test
        void fallsBackToTheResetHeaderWhenThereIsNoRetryHeader() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).inScenario("429")
                    .willReturn(aResponse().withStatus(429).withHeader("X-Ratelimit-Reset", "3"))
                    .willSetStateTo("ok"));
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).inScenario("429").whenScenarioStateIs("ok")
                    .willReturn(okJson(Fixtures.text("feedback_by_id.json"))));

            client().get("f-1");

            assertThat(wb.time.sleeps()).containsExactly(Duration.ofSeconds(3));
        }

        @Test
        void endsTheCallWithTheResumeInstantWhenWbAsksForALongWait() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).willReturn(aResponse().withStatus(429)
                    .withHeader("X-Ratelimit-Retry", "720").withBody(Fixtures.text("error_429.json"))));
            Instant now = wb.time.instant();
            FeedbacksClient client = client();

            assertThatThrownBy(() -> client.get("f-1"))
                    .isInstanceOfSatisfying(WbRateLimitedException.class, e ->
                            assertThat(e.resumeAt()).isEqualTo(now.plusSeconds(720)));
            assertThat(wb.time.sleeps()).isEmpty();
            assertThatThrownBy(() -> client.get("f-1")).isInstanceOf(WbRateLimitedException.class);
            assertThat(wb.server.getAllServeEvents()).as("no one asks WB again before the cooldown").hasSize(1);
        }

        @Test
        void spacesCallsToWbsThreePerSecondAfterTheBurstLessOneSpareToken() {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks/count-unanswered"))
                    .willReturn(okJson(Fixtures.text("feedbacks_count_unanswered_docs_sample.json"))));
            FeedbacksClient client = client();

            for (int i = 0; i < 9; i++) {
                client.countUnanswered();
            }

            assertThat(wb.time.sleeps()).as("5 of WB's burst of 6 at once, then one per 1/3 s").hasSize(4);
            assertThat(wb.time.sleeps().stream().mapToLong(Duration::toMillis).sum()).isBetween(1320L, 1345L);
        }
    }
}
