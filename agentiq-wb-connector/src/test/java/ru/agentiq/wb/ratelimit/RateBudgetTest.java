package ru.agentiq.wb.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.wb.Fixtures;
import ru.agentiq.wb.WbConfig;
import ru.agentiq.wb.WbRateLimitedException;
import ru.agentiq.wb.auth.ApiCategory;
import ru.agentiq.wb.auth.TokenType;
import ru.agentiq.wb.auth.WbToken;
import ru.agentiq.wb.feedbacks.FeedbacksClient;
import ru.agentiq.wb.testing.FakeTime;
import ru.agentiq.wb.testing.Tokens;
import ru.agentiq.wb.testing.WbStub;

class RateBudgetTest {

    final FakeTime time = new FakeTime();
    final LocalRateBudget budget = new LocalRateBudget(time);

    static BudgetKey key(String account, ApiCategory category) {
        return new BudgetKey(account, TokenType.PERSONAL, category);
    }

    @Test
    void givesTheBurstAtOnceThenOneRequestPerInterval() {
        BudgetKey key = key("seller:1", ApiCategory.FEEDBACKS_QUESTIONS);
        for (int i = 0; i < 6; i++) {
            assertThat(budget.tryAcquire(key, RateLimits.FEEDBACKS_QUESTIONS)).isZero();
        }

        Duration wait = budget.tryAcquire(key, RateLimits.FEEDBACKS_QUESTIONS);
        time.advance(wait);

        assertThat(wait).isEqualTo(Duration.ofMillis(334));
        assertThat(budget.tryAcquire(key, RateLimits.FEEDBACKS_QUESTIONS)).isZero();
    }

    @Test
    void sellersAndCategoriesHaveSeparateBuckets() {
        for (int i = 0; i < 6; i++) {
            budget.tryAcquire(key("seller:1", ApiCategory.FEEDBACKS_QUESTIONS), RateLimits.FEEDBACKS_QUESTIONS);
        }

        assertThat(budget.tryAcquire(key("seller:1", ApiCategory.FEEDBACKS_QUESTIONS), RateLimits.FEEDBACKS_QUESTIONS))
                .isPositive();
        assertThat(budget.tryAcquire(key("seller:2", ApiCategory.FEEDBACKS_QUESTIONS), RateLimits.FEEDBACKS_QUESTIONS))
                .isZero();
        assertThat(budget.tryAcquire(key("seller:1", ApiCategory.CHAT), RateLimits.CHAT)).isZero();
    }

    @Test
    void aCooldownHoldsEveryCallerUntilItEndsAndTheBurstThenRefillsGradually() {
        BudgetKey key = key("seller:1", ApiCategory.CHAT);
        budget.tryAcquire(key, RateLimits.CHAT);
        budget.blockUntil(key, time.instant().plusSeconds(2));

        assertThat(budget.tryAcquire(key, RateLimits.CHAT)).isEqualTo(Duration.ofSeconds(2));
        time.advance(Duration.ofSeconds(2));
        assertThat(budget.tryAcquire(key, RateLimits.CHAT)).isZero();
        assertThat(budget.tryAcquire(key, RateLimits.CHAT)).isZero();
        assertThat(budget.tryAcquire(key, RateLimits.CHAT)).as("2 s refilled 2 of the 10").isPositive();
    }

    @Test
    void aBaseTokenGetsWbsStricterLimitsAndALongWaitEndsTheCallWithoutAsking() {
        try (WbStub wb = new WbStub()) {
            wb.server.stubFor(get(urlPathEqualTo("/api/v1/feedbacks/count-unanswered"))
                    .willReturn(okJson(Fixtures.text("feedbacks_count_unanswered_docs_sample.json"))));
            String base = Tokens.jwt(1, Tokens.scope(ApiCategory.FEEDBACKS_QUESTIONS),
                    Instant.parse("2027-01-01T00:00:00Z"));
            FeedbacksClient client = wb.connector().seller(WbStub.SELLER, WbToken.of(base)).feedbacks();

            client.countUnanswered();

            assertThatThrownBy(client::countUnanswered).isInstanceOfSatisfying(WbRateLimitedException.class, e ->
                    assertThat(e.resumeAt()).isEqualTo(wb.time.instant().plus(Duration.ofMinutes(12))));
            assertThat(wb.server.getAllServeEvents()).hasSize(1);
        }
    }

    @Test
    void limitsAndConfigValidateWithSentences() {
        assertThatThrownBy(() -> new Limit(0, Duration.ofSeconds(1), 6)).isInstanceOf(ValidationException.class)
                .hasMessage("requests must be positive, was 0");
        assertThatThrownBy(() -> WbConfig.builder().baseUri("ftp://wb").build())
                .hasMessage("feedbacksBaseUri must be an absolute http(s) URI, was ftp://wb");
        assertThatThrownBy(() -> WbConfig.builder().maxAttempts(0).build()).hasMessage("maxAttempts must be 1..20, "
                + "was 0");
        assertThat(RateLimits.FEEDBACKS_QUESTIONS.interval()).isEqualTo(Duration.ofNanos(333_333_333));
        assertThat(RateLimits.forTokenType(TokenType.BASE).limit(ApiCategory.CHAT).period())
                .isEqualTo(Duration.ofHours(1));
    }
}
