package ru.agentiq.wb.reply;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.matching.MultipartValuePatternBuilder;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.memory.InMemoryReplyAttemptStore;
import ru.agentiq.core.guardrails.GuardrailsConfig;
import ru.agentiq.core.guardrails.GuardrailsConfigSource;
import ru.agentiq.core.guardrails.SellerGuardrails;
import ru.agentiq.core.reply.ReplyResult;
import ru.agentiq.core.reply.ReplyService;
import ru.agentiq.wb.WbConnector;
import ru.agentiq.wb.testing.WbStub;

class WbReplyDispatcherTest {

    private final WbStub wb = new WbStub();
    private final InMemoryInteractionRepository repository = new InMemoryInteractionRepository();

    @AfterEach
    void stop() {
        wb.close();
    }

    private ReplyService replies(WbConnector connector) {
        return new ReplyService(repository, new InMemoryInteractionEventStore(),
                new WbReplyDispatcher(connector::seller, wb.time),
                new SellerGuardrails(GuardrailsConfigSource.fixed(GuardrailsConfig.defaults())), new InMemoryReplyAttemptStore(),
                wb.time);
    }

    private Interaction stored(Channel channel, String id, ExtraData extra) {
        return repository.upsert(InteractionData.builder(WbStub.SELLER, channel, id).text("Когда доставка?")
                .extraData(extra).build(), wb.time.instant()).interaction();
    }

    @Test
    void answersAReviewWithPostAndEditsAnAnsweredOneWithPatch() {
        wb.server.stubFor(post(urlPathEqualTo("/api/v1/feedbacks/answer")).willReturn(aResponse().withStatus(204)));
        wb.server.stubFor(patch(urlPathEqualTo("/api/v1/feedbacks/answer")).willReturn(aResponse().withStatus(204)));
        Interaction fresh = stored(Channel.REVIEW, "fb-1", ExtraData.EMPTY);
        Interaction answered = stored(Channel.REVIEW, "fb-2", ExtraData.of("wb_answer_text", "Старый ответ"));

        replies(wb.connector()).reply(WbStub.SELLER, fresh.id(), "Спасибо за отзыв!", "k1");
        replies(wb.connector()).reply(WbStub.SELLER, answered.id(), "Новый ответ продавца", "k2");

        wb.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/feedbacks/answer"))
                .withRequestBody(equalToJson("{\"id\":\"fb-1\",\"text\":\"Спасибо за отзыв!\"}")));
        wb.server.verify(patchRequestedFor(urlPathEqualTo("/api/v1/feedbacks/answer"))
                .withRequestBody(equalToJson("{\"id\":\"fb-2\",\"text\":\"Новый ответ продавца\"}")));
    }

    @Test
    void answersAQuestionWithStateWbRu() {
        wb.server.stubFor(patch(urlPathEqualTo("/api/v1/questions"))
                .willReturn(okJson(ru.agentiq.wb.Fixtures.text("question_patch_response.json"))));
        Interaction q = stored(Channel.QUESTION, "q-1", ExtraData.EMPTY);

        ReplyResult result = replies(wb.connector()).reply(WbStub.SELLER, q.id(), "Отправка завтра", "k");

        wb.server.verify(patchRequestedFor(urlPathEqualTo("/api/v1/questions")).withRequestBody(equalToJson(
                "{\"id\":\"q-1\",\"answer\":{\"text\":\"Отправка завтра\"},\"state\":\"wbRu\"}")));
        assertThat(result.interaction().data().extraData().getString("wb_sync_state")).contains("pending");
    }

    @Test
    void sendsAChatMessageWithAFreshSignatureWhenNoneIsStored() {
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/chats")).willReturn(okJson(
                "{\"result\":[{\"chatID\":\"c-1\",\"replySign\":\"1:fresh::sig\"}],\"errors\":null}")));
        wb.server.stubFor(post(urlPathEqualTo("/api/v1/seller/message"))
                .willReturn(okJson(ru.agentiq.wb.Fixtures.text("chat_message_send_response.json"))));
        Interaction chat = stored(Channel.CHAT, "c-1", ExtraData.EMPTY);

        replies(wb.connector()).reply(WbStub.SELLER, chat.id(), "Здравствуйте! Заказ в пути.", "k");

        wb.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/seller/message"))
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("replySign")
                        .withBody(equalTo("1:fresh::sig")).build()));
    }

    @Test
    void aTimeoutAfterSendingIsResolvedByReadingTheFeedbackBackAndNeverPostsTwice() {
        wb.server.stubFor(post(urlPathEqualTo("/api/v1/feedbacks/answer"))
                .willReturn(aResponse().withStatus(204).withFixedDelay(800)));
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).willReturn(okJson("""
                {"data":{"id":"fb-1","answer":{"text":"Спасибо за отзыв!","state":"reviewRequired"}},
                "error":false,"errorText":"","additionalErrors":null}""")));
        WbConnector slow = wb.connector(wb.config().requestTimeout(Duration.ofMillis(150)).build());
        Interaction review = stored(Channel.REVIEW, "fb-1", ExtraData.EMPTY);

        ReplyResult result = replies(slow).reply(WbStub.SELLER, review.id(), "Спасибо за отзыв!", "k");

        assertThat(result.interaction().data().needsResponse()).isFalse();
        assertThat(wb.server.countRequestsMatching(postRequestedFor(urlPathEqualTo("/api/v1/feedbacks/answer"))
                .build()).getCount()).isEqualTo(1);
    }
}
