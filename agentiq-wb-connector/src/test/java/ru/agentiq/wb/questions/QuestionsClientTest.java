package ru.agentiq.wb.questions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.wb.Fixtures;
import ru.agentiq.wb.WbNotFoundException;
import ru.agentiq.wb.WbValidationException;
import ru.agentiq.wb.feedbacks.FeedbackQuery;
import ru.agentiq.wb.testing.WbStub;

class QuestionsClientTest {

    private final WbStub wb = new WbStub();

    @AfterEach
    void stop() {
        wb.close();
    }

    @Test
    void listsWithTheDocumentedQueryAndParsesTheOfficialExample() {
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/questions")).willReturn(okJson(Fixtures.text("questions_list.json"))));

        QuestionList list = wb.seller().questions().list(true, 50, 100, FeedbackQuery.Order.DATE_ASC, null, null, null);

        wb.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/questions")).withQueryParam("isAnswered",
                equalTo("true")).withQueryParam("take", equalTo("50")).withQueryParam("skip", equalTo("100"))
                .withQueryParam("order", equalTo("dateAsc")));
        assertThat(list.questions()).isNotEmpty();
        assertThat(list.questions().get(0).id()).isNotBlank();
        assertThat(list.questions().get(0).createdAt()).isNotNull();
    }

    @Test
    void refusesAWindowBeyondTenThousandBeforeCallingWb() {
        assertThatThrownBy(() -> wb.seller().questions().list(false, 5_000, 5_001, null, null, null, null))
                .isInstanceOf(ValidationException.class).hasMessage("take + skip must be at most 10000, was 10001");
        assertThat(wb.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void getsOneQuestion() {
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/question")).withQueryParam("id", equalTo("q-1"))
                .willReturn(okJson(Fixtures.text("question_by_id.json"))));

        assertThat(wb.seller().questions().get("q-1").text()).isNotBlank();
    }

    @Test
    void patchesViewAnswerAndRejectWithTheDocumentedBodies() {
        wb.server.stubFor(patch(urlPathEqualTo("/api/v1/questions"))
                .willReturn(okJson(Fixtures.text("question_patch_response.json"))));
        QuestionsClient questions = wb.seller().questions();

        questions.markViewed("q-1");
        questions.answer("q-1", "Размер соответствует таблице");
        questions.reject("q-1", "Вопрос не относится к товару");

        wb.server.verify(patchRequestedFor(urlPathEqualTo("/api/v1/questions"))
                .withRequestBody(equalToJson("{\"id\":\"q-1\",\"wasViewed\":true}")));
        wb.server.verify(patchRequestedFor(urlPathEqualTo("/api/v1/questions")).withRequestBody(equalToJson(
                "{\"id\":\"q-1\",\"answer\":{\"text\":\"Размер соответствует таблице\"},\"state\":\"wbRu\"}")));
        wb.server.verify(patchRequestedFor(urlPathEqualTo("/api/v1/questions")).withRequestBody(equalToJson(
                "{\"id\":\"q-1\",\"answer\":{\"text\":\"Вопрос не относится к товару\"},\"state\":\"none\"}")));
        assertThat(Fixtures.text("question_patch_answer_request.json")).contains("\"state\"");
    }

    @Test
    void aPatchOfAnUnknownQuestionIsNotFound() {
        wb.server.stubFor(patch(urlPathEqualTo("/api/v1/questions")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.text("error_fq_404_question_patch.json"))));

        assertThatThrownBy(() -> wb.seller().questions().answer("nope", "Ответ"))
                .isInstanceOf(WbNotFoundException.class).hasMessageContaining("404");
    }

    @Test
    void a422ForAnUnknownIdCarriesWbsText() {
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/question")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.text("error_fq_422_question_by_id.json"))));

        assertThatThrownBy(() -> wb.seller().questions().get("nope"))
                .isInstanceOfSatisfying(WbValidationException.class, e ->
                        assertThat(e.wbMessage()).contains("Невозможно получить вопрос"));
    }

    @Test
    void countsCallTheDocumentedPaths() {
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/questions/count-unanswered"))
                .willReturn(okJson(Fixtures.text("questions_count_unanswered_docs_sample.json"))));
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/questions/count"))
                .willReturn(okJson(Fixtures.text("questions_count_docs_sample.json"))));

        assertThat(wb.seller().questions().countUnanswered().countUnanswered()).isEqualTo(24);
        assertThat(wb.seller().questions().count(false, null, null)).isEqualTo(77);
    }
}
