package ru.agentiq.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;

class DraftPortTest {

    @Nested
    class Usage {
        @Test
        void normalisesNonsenseFromTheProviderInsteadOfLosingTheCall() {
            LlmUsage usage = LlmUsage.builder("deepseek", "deepseek").inputTokens(-5, -1).outputTokens(-2)
                    .latency(Duration.ofMillis(-3)).build();
            assertThat(usage.inputTokensFresh()).isZero();
            assertThat(usage.inputTokensCached()).isZero();
            assertThat(usage.outputTokens()).isZero();
            assertThat(usage.latency()).isEqualTo(Duration.ZERO);
        }

        @Test
        void defaultsToASuccessfulCallWithoutFallback() {
            LlmUsage usage = LlmUsage.builder("openrouter", "gpt-4o").inputTokens(100, 20).outputTokens(30).build();
            assertThat(usage.status()).isEqualTo(LlmCallStatus.SUCCESS);
            assertThat(usage.usedFallback()).isFalse();
            assertThat(usage.totalTokens()).isEqualTo(150);
        }

        @Test
        void requiresProviderAndModel() {
            assertThatThrownBy(() -> LlmUsage.builder(" ", "gpt-4o").build())
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("provider is required and must not be blank");
        }

        @Test
        void statusesHaveTheSeedsWireNames() {
            assertThat(LlmCallStatus.fromWire("rate_limited")).isEqualTo(LlmCallStatus.RATE_LIMITED);
            assertThat(DraftSource.fromWire("cached")).isEqualTo(DraftSource.CACHED);
        }
    }

    @Nested
    class Requests {
        @Test
        void defaultsToTheSeedsCompletionBudget() {
            DraftRequest request = DraftRequest.builder("r1", SellerId.of(1), Channel.REVIEW, "text").build();
            assertThat(request.maxOutputTokens()).isEqualTo(600);
            assertThat(request.interactionId()).isNull();
        }

        @Test
        void rejectsAnEmptyPromptAndAnAbsurdBudget() {
            assertThatThrownBy(() -> DraftRequest.builder("r1", SellerId.of(1), Channel.CHAT, " ").build())
                    .hasMessage("userPrompt is required and must not be blank");
            assertThatThrownBy(() -> DraftRequest.builder("r1", SellerId.of(1), Channel.CHAT, "x")
                    .maxOutputTokens(0).build())
                    .hasMessage("maxOutputTokens must be 1..32000, was 0");
        }
    }

    @Nested
    class Results {
        @Test
        void aFallbackSourceOrAFallbackCallBothCountAsFallback() {
            LlmUsage failed = LlmUsage.builder("deepseek", "deepseek").status(LlmCallStatus.TIMEOUT)
                    .usedFallback(true).build();
            assertThat(new DraftResult("Спасибо!", DraftSource.FALLBACK, null).usedFallback()).isTrue();
            assertThat(new DraftResult("Спасибо!", DraftSource.LLM, failed).usedFallback()).isTrue();
            assertThat(new DraftResult("Спасибо!", DraftSource.CACHE, null).usedFallback()).isFalse();
            assertThat(new DraftResult("Спасибо!", DraftSource.CACHE, null).llmUsage()).isEmpty();
        }
    }
}
