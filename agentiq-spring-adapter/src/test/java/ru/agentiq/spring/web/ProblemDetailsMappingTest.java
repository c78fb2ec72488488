package ru.agentiq.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.ledger.IdempotencyConflictException;
import ru.agentiq.billing.ledger.InsufficientCreditsException;
import ru.agentiq.billing.payment.PaymentProviderException;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.NotFoundException;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.guardrails.FindingType;
import ru.agentiq.core.guardrails.GuardrailFinding;
import ru.agentiq.core.guardrails.ReplyBlockedException;
import ru.agentiq.core.guardrails.ReplyVerdict;
import ru.agentiq.core.guardrails.Severity;
import ru.agentiq.core.sync.Throttled;
import ru.agentiq.spring.AgentIqWebAutoConfiguration;
import ru.agentiq.wb.WbApiException;
import ru.agentiq.wb.WbRateLimitedException;

/**
 * Every mapping of AgentIQ's exceptions to RFC 9457 problem details, through the handlers the web auto-configuration
 * registers and a controller that throws whatever the test hands it.
 */
class ProblemDetailsMappingTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    /** The exception the next request throws. */
    static final AtomicReference<RuntimeException> NEXT = new AtomicReference<>();

    @RestController
    static class Throwing {
        @GetMapping("/boom")
        String boom() {
            throw NEXT.get();
        }
    }

    /** A core exception from some source that asks to be called again later (not WB). */
    static final class SlowDown extends AgentIqException implements Throttled {
        private static final long serialVersionUID = 1L;
        private final Instant resumeAt;

        SlowDown(Instant resumeAt) {
            super("the source asked us to slow down");
            this.resumeAt = resumeAt;
        }

        @Override
        public Instant resumeAt() {
            return resumeAt;
        }
    }

    record Problem(int status, String contentType, String retryAfter, JsonNode body) {
    }

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AgentIqWebAutoConfiguration.class))
                .withBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC))
                .run(context -> {
                    assertThat(context).hasSingleBean(CoreExceptionHandler.class)
                            .hasSingleBean(BillingExceptionHandler.class).hasSingleBean(WbExceptionHandler.class);
                    mvc = MockMvcBuilders.standaloneSetup(new Throwing())
                            .setControllerAdvice(context.getBean(BillingExceptionHandler.class),
                                    context.getBean(WbExceptionHandler.class),
                                    context.getBean(CoreExceptionHandler.class))
                            .build();
                });
    }

    Problem problemFor(RuntimeException e) throws Exception {
        NEXT.set(e);
        MvcResult result = mvc.perform(get("/boom")).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new Problem(result.getResponse().getStatus(), result.getResponse().getContentType(),
                result.getResponse().getHeader("Retry-After"), body.isEmpty() ? null : JSON.readTree(body));
    }

    @Nested
    class Billing {

        @Test
        void insufficientCreditsIs402WithTheSeedsExactDetail() throws Exception {
            Problem p = problemFor(new InsufficientCreditsException(AccountId.of("1"), Credits.ZERO, null));

            assertThat(p.status()).isEqualTo(402);
            assertThat(p.contentType()).startsWith("application/problem+json");
            assertThat(p.body().get("status").asInt()).isEqualTo(402);
            assertThat(p.body().get("detail").asText()).isEqualTo("Insufficient credits. Please top up your account.");
        }

        @Test
        void aReusedIdempotencyKeyWithOtherContentIs409() throws Exception {
            Problem p = problemFor(new IdempotencyConflictException(AccountId.of("1"), IdempotencyKey.of("k-1"),
                    "idempotency key k-1 was used for another grant"));

            assertThat(p.status()).isEqualTo(409);
            assertThat(p.body().get("title").asText()).isEqualTo("Conflict");
        }

        @Test
        void aPaymentProviderFailureIs502() throws Exception {
            Problem p = problemFor(new PaymentProviderException("the provider did not answer"));

            assertThat(p.status()).isEqualTo(502);
            assertThat(p.body().get("title").asText()).isEqualTo("Payment provider failure");
        }
    }

    @Nested
    class Core {

        @Test
        void aGuardrailBlockIs422WithItsViolationsAndWarnings() throws Exception {
            GuardrailFinding bot = new GuardrailFinding(FindingType.BANNED_PHRASE, "ai_mention", "бот", Severity.ERROR,
                    "Mentions AI: 'бот'");
            GuardrailFinding shortText = new GuardrailFinding(FindingType.TOO_SHORT, null, null, Severity.WARNING,
                    "The reply is shorter than 20 characters");

            Problem p = problemFor(new ReplyBlockedException(new ReplyVerdict(false, List.of(bot),
                    List.of(shortText))));

            assertThat(p.status()).isEqualTo(422);
            assertThat(p.contentType()).startsWith("application/problem+json");
            assertThat(p.body().get("detail").asText()).isEqualTo("Mentions AI: 'бот'");
            JsonNode violation = p.body().get("violations").get(0);
            assertThat(violation.get("type").asText()).isEqualTo("banned_phrase");
            assertThat(violation.get("category").asText()).isEqualTo("ai_mention");
            assertThat(violation.get("phrase").asText()).isEqualTo("бот");
            assertThat(violation.get("severity").asText()).isEqualTo("error");
            assertThat(p.body().get("warnings")).hasSize(1);
            assertThat(p.body().get("warnings").get(0).get("type").asText()).isEqualTo("too_short");
            assertThat(p.body().get("warnings").get(0).get("severity").asText()).isEqualTo("warning");
        }

        @Test
        void aValidationFailureIs422WithTheSentenceAsDetail() throws Exception {
            Problem p = problemFor(new ValidationException("page_size must be 1..100, was 500"));

            assertThat(p.status()).isEqualTo(422);
            assertThat(p.body().get("detail").asText()).isEqualTo("page_size must be 1..100, was 500");
            assertThat(p.body().get("title").asText()).isEqualTo("Invalid request");
        }

        @Test
        void notFoundIs404() throws Exception {
            Problem p = problemFor(new NotFoundException("interaction 42 not found"));

            assertThat(p.status()).isEqualTo(404);
            assertThat(p.contentType()).startsWith("application/problem+json");
            assertThat(p.body().get("detail").asText()).isEqualTo("interaction 42 not found");
        }

        @Test
        void anyThrottledExceptionIs429WithRetryAfterInWholeSeconds() throws Exception {
            Problem p = problemFor(new SlowDown(NOW.plusMillis(42_300)));

            assertThat(p.status()).isEqualTo(429);
            assertThat(p.retryAfter()).isEqualTo("42");
            assertThat(p.body().get("retry_after_seconds").asLong()).isEqualTo(42);
        }

        @Test
        void aResumeTimeAlreadyPassedStillAsksForOneSecond() throws Exception {
            Problem p = problemFor(new SlowDown(NOW.minusSeconds(5)));

            assertThat(p.status()).isEqualTo(429);
            assertThat(p.retryAfter()).isEqualTo("1");
        }

        @Test
        void anyOtherAgentIqFailureIs500() throws Exception {
            Problem p = problemFor(new AgentIqException("something inside broke"));

            assertThat(p.status()).isEqualTo(500);
            assertThat(p.contentType()).startsWith("application/problem+json");
        }
    }

    @Nested
    class Wildberries {

        @Test
        void aWbRateLimitIs429WithRetryAfter() throws Exception {
            Problem p = problemFor(new WbRateLimitedException("WB answered 429", NOW.plusSeconds(60), 429,
                    "/api/v1/feedbacks", "req-1"));

            assertThat(p.status()).isEqualTo(429);
            assertThat(p.retryAfter()).isEqualTo("60");
            assertThat(p.body().get("retry_after_seconds").asLong()).isEqualTo(60);
        }

        @Test
        void aWbFailureIs502() throws Exception {
            Problem p = problemFor(new WbApiException("WB answered 500", 500, "/api/v1/feedbacks/answer", "req-2",
                    null));

            assertThat(p.status()).isEqualTo(502);
            assertThat(p.contentType()).startsWith("application/problem+json");
            assertThat(p.body().get("title").asText()).isEqualTo("Wildberries API failure");
            assertThat(p.body().get("detail").asText()).isEqualTo("WB answered 500");
        }
    }
}
