package ru.agentiq.wb.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.matching.MultipartValuePatternBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.wb.Fixtures;
import ru.agentiq.wb.WbAuthenticationException;
import ru.agentiq.wb.WbValidationException;
import ru.agentiq.wb.auth.ApiCategory;
import ru.agentiq.wb.auth.WbToken;
import ru.agentiq.wb.testing.Tokens;
import ru.agentiq.wb.testing.WbStub;

class ChatClientTest {

    private final WbStub wb = new WbStub();

    @AfterEach
    void stop() {
        wb.close();
    }

    @Test
    void readsTheCurrentAndThePre2026ChatShapes() {
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/chats")).inScenario("shapes")
                .willReturn(okJson(Fixtures.text("chats_list_assembled.json"))).willSetStateTo("old"));
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/chats")).inScenario("shapes").whenScenarioStateIs("old")
                .willReturn(okJson(Fixtures.text("chats_list_docs_sample_pre2026.json"))));
        ChatClient chat = wb.seller().chat();

        List<Chat> current = chat.chats();
        List<Chat> old = chat.chats();

        assertThat(current).isNotEmpty().allSatisfy(c -> assertThat(c.chatId()).isNotBlank());
        assertThat(current.get(0).goodCard().nmId()).isPositive();
        assertThat(old.get(0).clientId()).isNotNull();
        assertThat(old.get(0).goodCard().other()).containsKeys("date", "statusID");
    }

    @Test
    void followsNextAndNeverSendsZero() {
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/events")).withQueryParam("next", absent())
                .willReturn(okJson(Fixtures.text("chat_events.json"))));
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/events")).withQueryParam("next", equalTo("1698045576000"))
                .willReturn(okJson("{\"result\":{\"next\":1698045576000,\"totalEvents\":0,\"events\":[]},\"errors\":null}")));
        ChatClient chat = wb.seller().chat();

        EventsPage first = chat.events(0L);
        EventsPage second = chat.events(1_698_045_576_000L);

        assertThat(first.events()).isNotEmpty();
        assertThat(first.exhausted()).isFalse();
        assertThat(first.events().get(0).addTimestamp()).isGreaterThan(1_000_000_000_000L);
        assertThat(second.exhausted()).isTrue();
        wb.server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/seller/events")).withQueryParam("next", absent()));
    }

    @Test
    void aBadNextIsAValidationErrorWithWbsDetail() {
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/events")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.text("error_chat_events_400_next_zero.json"))));

        assertThatThrownBy(() -> wb.seller().chat().events(5L))
                .isInstanceOfSatisfying(WbValidationException.class, e -> assertThat(e.wbMessage()).isNotBlank());
    }

    @Test
    void sendsAMultipartMessageWithTheSignatureAndFiles() {
        wb.server.stubFor(post(urlPathEqualTo("/api/v1/seller/message"))
                .willReturn(okJson(Fixtures.text("chat_message_send_response.json"))));

        SentMessage sent = wb.seller().chat().send("1:abc::def", "Здравствуйте! Отправили замену.",
                List.of(new Attachment("check.pdf", "application/pdf", new byte[] {1, 2, 3})));

        wb.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/seller/message"))
                .withHeader("Content-Type", containing("multipart/form-data; boundary="))
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("replySign")
                        .withBody(equalTo("1:abc::def")).build())
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("message")
                        .withBody(equalTo("Здравствуйте! Отправили замену.")).build())
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("file")
                        .withHeader("Content-Type", equalTo("application/pdf")).build()));
        assertThat(sent.chatId()).isNotBlank();
        assertThat(sent.addTime()).isPositive();
    }

    @Test
    void refusesAMessageOverAThousandCharactersBeforeCallingWb() {
        assertThatThrownBy(() -> wb.seller().chat().send("1:abc::def", "я".repeat(1_001)))
                .isInstanceOf(ValidationException.class).hasMessage("message must be at most 1000 characters, was 1001");
        assertThat(wb.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void anInvalidSignatureIsAValidationError() {
        wb.server.stubFor(post(urlPathEqualTo("/api/v1/seller/message")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(Fixtures.text("error_chat_message_400_invalid_signature.json"))));

        assertThatThrownBy(() -> wb.seller().chat().send("bad", "Здравствуйте"))
                .isInstanceOf(WbValidationException.class);
    }

    @Test
    void downloadsAFileOrSaysItIsModeratedOrBlocked() {
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/download/ok")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/png").withBody(new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/download/wait")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.text("chat_download_202_moderation_assembled.json"))));
        wb.server.stubFor(get(urlPathEqualTo("/api/v1/seller/download/no")).willReturn(aResponse().withStatus(451)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(Fixtures.text("error_chat_download_451_assembled.json"))));
        ChatClient chat = wb.seller().chat();

        assertThat(chat.download("ok").state()).isEqualTo(Download.State.READY);
        assertThat(chat.download("ok").content()).hasSize(4);
        assertThat(chat.download("wait")).satisfies(d -> {
            assertThat(d.state()).isEqualTo(Download.State.PENDING_MODERATION);
            assertThat(d.retrySeconds()).isEqualTo(30);
        });
        assertThat(chat.download("no").state()).isEqualTo(Download.State.BLOCKED);
    }

    @Test
    void aTokenWithoutTheChatScopeFailsBeforeAnyCall() {
        String feedbacksOnly = Tokens.jwt(3, Tokens.scope(ApiCategory.FEEDBACKS_QUESTIONS),
                Instant.parse("2027-01-01T00:00:00Z"));

        ChatClient chat = wb.connector().seller(WbStub.SELLER, WbToken.of(feedbacksOnly)).chat();

        assertThatThrownBy(chat::chats).isInstanceOf(WbAuthenticationException.class)
                .hasMessageStartingWith("this token has no Buyers chat scope");
        assertThat(wb.server.getAllServeEvents()).isEmpty();
    }
}
