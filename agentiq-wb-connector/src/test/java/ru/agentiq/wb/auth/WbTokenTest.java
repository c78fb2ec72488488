package ru.agentiq.wb.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.wb.Fixtures;
import ru.agentiq.wb.WbAuthenticationException;
import ru.agentiq.wb.feedbacks.FeedbacksClient;
import ru.agentiq.wb.testing.CapturedLogs;
import ru.agentiq.wb.testing.Tokens;
import ru.agentiq.wb.testing.WbStub;

class WbTokenTest {

    static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");

    @Test
    void readsTypeScopesAndExpiryFromTheClaims() {
        WbToken token = WbToken.of(Tokens.jwt(3, (1L << 7) | (1L << 9) | (1L << 30), Instant.parse("2027-01-01T00:00:00Z")));

        assertThat(token.isJwt()).isTrue();
        assertThat(token.type()).isEqualTo(TokenType.PERSONAL);
        assertThat(token.hasScope(ApiCategory.FEEDBACKS_QUESTIONS)).isTrue();
        assertThat(token.hasScope(ApiCategory.CHAT)).isTrue();
        assertThat(token.readOnly()).isTrue();
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void acceptsABearerPrefixAndSendsTheRawToken() {
        String raw = Tokens.personal();

        WbToken token = WbToken.of("  Bearer " + raw + " ");

        assertThat(token.authorizationHeader(false)).isEqualTo(raw);
        assertThat(token.authorizationHeader(true)).isEqualTo("Bearer " + raw);
        assertThat(token).isEqualTo(WbToken.of(raw));
    }

    @Test
    void rejectsBlankTokensAndTokensWithSpaces() {
        assertThatThrownBy(() -> WbToken.of(" ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> WbToken.of("abc def")).isInstanceOf(ValidationException.class)
                .hasMessageNotContaining("abc");
    }

    @Nested
    class UpFrontChecks {

        @Test
        void anExpiredTokenIsAClearErrorNamingTheExpiry() {
            WbToken token = WbToken.of(Tokens.jwt(3, 1L << 7, Instant.parse("2026-08-01T00:00:00Z")));

            assertThatThrownBy(() -> token.check(ApiCategory.FEEDBACKS_QUESTIONS, false, NOW))
                    .isInstanceOf(WbAuthenticationException.class)
                    .hasMessageContaining("expired at 2026-08-01T00:00:00Z");
        }

        @Test
        void aMissingCategoryIsAClearError() {
            WbToken token = WbToken.of(Tokens.jwt(3, 1L << 9, Instant.parse("2027-01-01T00:00:00Z")));

            assertThatThrownBy(() -> token.check(ApiCategory.FEEDBACKS_QUESTIONS, false, NOW))
                    .hasMessageStartingWith("this token has no Feedbacks and Questions scope");
        }

        @Test
        void aReadOnlyTokenCannotReply() {
            WbToken token = WbToken.of(Tokens.jwt(3, (1L << 7) | (1L << 30), Instant.parse("2027-01-01T00:00:00Z")));

            token.check(ApiCategory.FEEDBACKS_QUESTIONS, false, NOW);
            assertThatThrownBy(() -> token.check(ApiCategory.FEEDBACKS_QUESTIONS, true, NOW))
                    .hasMessageStartingWith("this token is read-only");
        }

        @Test
        void aTokenThatIsNotAJwtIsRefused() {
            assertThatThrownBy(() -> WbToken.of("plain-api-key").check(ApiCategory.CHAT, false, NOW))
                    .hasMessageContaining("is not a WB API token");
        }
    }

    @Test
    void theSecretNeverAppearsInToStringMessagesOrLogs() {
        CapturedLogs.clear();
        List<String> texts = new ArrayList<>();
        try (WbStub wb = new WbStub()) {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedback")).willReturn(aResponse().withStatus(401)
                    .withHeader("Content-Type", "application/problem+json").withBody(Fixtures.text("error_401.json"))));
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks/count-unanswered"))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            wb.server.stubFor(post(urlPathEqualTo("/api/v1/feedbacks/answer")).willReturn(aResponse().withStatus(429)
                    .withHeader("X-Ratelimit-Retry", "600")));
            FeedbacksClient client = wb.seller().feedbacks();
            texts.add(wb.seller().toString());
            texts.add(WbToken.of(Tokens.personal()).toString());
            for (Runnable call : List.<Runnable>of(() -> client.get("f"), client::countUnanswered,
                    () -> client.answer("f", "Спасибо!"),
                    () -> WbToken.of(Tokens.jwt(3, 0, Instant.parse("2020-01-01T00:00:00Z")))
                            .check(ApiCategory.CHAT, false, NOW))) {
                try {
                    call.run();
                } catch (RuntimeException e) {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        texts.add(String.valueOf(t.getMessage()));
                        texts.add(t.toString());
                    }
                }
            }
        }
        texts.addAll(CapturedLogs.lines());

        assertThat(CapturedLogs.lines()).as("the calls were logged").anySatisfy(l -> assertThat(l).contains("wb_request"));
        assertThat(texts).hasSizeGreaterThan(10).noneSatisfy(t -> assertThat(t).contains(Tokens.SECRET_MARKER));
        String payload = Tokens.personal().split("\\.")[1];
        assertThat(texts).noneSatisfy(t -> assertThat(t).contains(payload));
    }
}
