package ru.agentiq.llm.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.draft.DraftRequest;
import ru.agentiq.core.draft.DraftResult;
import ru.agentiq.core.draft.DraftSettings;
import ru.agentiq.core.draft.DraftSettingsSource;
import ru.agentiq.core.draft.DraftSource;
import ru.agentiq.core.draft.FallingBackDraftGenerator;
import ru.agentiq.core.draft.LlmCallException;
import ru.agentiq.core.draft.LlmCallStatus;
import ru.agentiq.core.draft.LlmDisabledException;
import ru.agentiq.core.draft.Tone;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;

class OpenAiDraftGeneratorTest {

    private static final String KEY = "sk-test-secret-123";
    private static WireMockServer server;

    private DraftSettings settings = DraftSettings.defaults();
    private OpenAiDraftGenerator generator;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
        generator = generator(KEY, Duration.ofSeconds(5));
    }

    private OpenAiDraftGenerator generator(String key, Duration timeout) {
        OpenAiConfig config = OpenAiConfig.builder("http://127.0.0.1:" + server.port() + "/v1/").apiKey(key)
                .requestTimeout(timeout).build();
        return new OpenAiDraftGenerator(config, id -> settings);
    }

    private static DraftRequest request() {
        return DraftRequest.builder("req-1", SellerId.of(7), Channel.REVIEW, "Отзыв: [***** (5/5)] Всё супер")
                .systemPrompt("Ты помогаешь продавцу").maxOutputTokens(300)
                .fallbackText("Здравствуйте! Спасибо за отзыв.").build();
    }

    private static void answer(int status, String body) {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static String completion(String content) {
        return """
                {"id":"cmpl-42","choices":[{"index":0,"message":{"role":"assistant","content":%s}}],
                 "usage":{"prompt_tokens":120,"completion_tokens":40,"prompt_cache_hit_tokens":20}}
                """.formatted(quote(content));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Nested
    class Success {
        @Test
        void sendsTheSeedsRequestAndReadsTheJsonAnswer() {
            answer(200, completion("{\"intent\":\"thanks\",\"sentiment\":\"positive\",\"urgency\":\"low\","
                    + "\"categories\":[\"praise\"],\"recommendation\":\"Спасибо за отзыв!\","
                    + "\"recommendation_reason\":\"positive review\",\"needs_escalation\":false}"));

            DraftResult result = generator.generate(request());

            assertThat(result.text()).isEqualTo("Спасибо за отзыв!");
            assertThat(result.source()).isEqualTo(DraftSource.LLM);
            assertThat(result.usedFallback()).isFalse();
            assertThat(result.analysis().intent()).isEqualTo("thanks");
            assertThat(result.analysis().categories()).containsExactly("praise");
            assertThat(result.usage().status()).isEqualTo(LlmCallStatus.SUCCESS);
            assertThat(result.usage().inputTokensFresh()).isEqualTo(100);
            assertThat(result.usage().inputTokensCached()).isEqualTo(20);
            assertThat(result.usage().outputTokens()).isEqualTo(40);
            assertThat(result.usage().modelAlias()).isEqualTo("deepseek");
            assertThat(result.usage().providerModel()).isEqualTo("deepseek-chat");
            assertThat(result.usage().providerRequestId()).isEqualTo("cmpl-42");
            server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                    .withHeader("Authorization", equalTo("Bearer " + KEY))
                    .withRequestBody(equalToJson("""
                            {"model":"deepseek-chat","temperature":0.3,"max_tokens":300,
                             "response_format":{"type":"json_object"},
                             "messages":[{"role":"system","content":"Ты помогаешь продавцу"},
                                         {"role":"user","content":"Отзыв: [***** (5/5)] Всё супер"}]}
                            """)));
        }

        @Test
        void missingFieldsTakeTheSeedsDefaults() {
            answer(200, completion("{\"recommendation\":\"Ответ\"}"));

            DraftResult result = generator.generate(request());

            assertThat(result.analysis().intent()).isEqualTo("other");
            assertThat(result.analysis().sentiment()).isEqualTo("neutral");
            assertThat(result.analysis().urgency()).isEqualTo("normal");
            assertThat(result.analysis().categories()).isEmpty();
        }

        @Test
        void readsAnAnswerInsideACodeFenceAndOpenAiCachedTokens() {
            server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                    .withBody("{\"choices\":[{\"message\":{\"content\":" + quote("```json\n{\"recommendation\":"
                            + "\"Текст\"}\n```") + "}}],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":2,"
                            + "\"prompt_tokens_details\":{\"cached_tokens\":4}}}")));

            DraftResult result = generator.generate(request());

            assertThat(result.text()).isEqualTo("Текст");
            assertThat(result.usage().inputTokensCached()).isEqualTo(4);
            assertThat(result.usage().inputTokensFresh()).isEqualTo(6);
        }

        @Test
        void usesTheSellersModelFromRuntimeSettings() {
            settings = DraftSettings.defaults().withLlm(true, "deepseek", "deepseek-reasoner");
            answer(200, completion("{\"recommendation\":\"Ответ\"}"));

            generator.generate(request());

            server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                    .withRequestBody(containing("\"model\":\"deepseek-reasoner\"")));
        }
    }

    @Nested
    class Failures {
        @Test
        void malformedJsonIsAnErrorAndFallsBackWithUsedFallback() {
            answer(200, "{\"choices\":[{\"message\":");

            assertThatThrownBy(() -> generator.generate(request())).isInstanceOf(LlmCallException.class)
                    .hasMessageContaining("not JSON")
                    .satisfies(e -> assertThat(((LlmCallException) e).usage().status())
                            .isEqualTo(LlmCallStatus.ERROR));
            DraftResult fallback = new FallingBackDraftGenerator(generator).generate(request());
            assertThat(fallback.source()).isEqualTo(DraftSource.FALLBACK);
            assertThat(fallback.text()).isEqualTo("Здравствуйте! Спасибо за отзыв.");
            assertThat(fallback.usedFallback()).isTrue();
            assertThat(fallback.usage().usedFallback()).isTrue();
        }

        @Test
        void contentThatIsNotAJsonObjectOrLacksARecommendationFallsBack() {
            answer(200, completion("Просто текст без JSON"));
            assertThatThrownBy(() -> generator.generate(request())).isInstanceOf(LlmCallException.class)
                    .hasMessageContaining("not a JSON object");

            answer(200, completion("{\"intent\":\"thanks\"}"));
            assertThatThrownBy(() -> generator.generate(request())).hasMessageContaining("no recommendation");

            answer(200, "{\"choices\":[]}");
            assertThatThrownBy(() -> generator.generate(request())).hasMessageContaining("no message content");
        }

        @Test
        void aSlowAnswerTimesOut() {
            server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                    .withFixedDelay(800).withBody(completion("{\"recommendation\":\"x\"}"))));
            OpenAiDraftGenerator impatient = generator(KEY, Duration.ofMillis(200));

            DraftResult result = new FallingBackDraftGenerator(impatient).generate(request());

            assertThat(result.source()).isEqualTo(DraftSource.FALLBACK);
            assertThat(result.usage().status()).isEqualTo(LlmCallStatus.TIMEOUT);
            assertThat(result.usage().usedFallback()).isTrue();
        }

        @Test
        void http429IsRateLimitedAndFallsBack() {
            server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(429)
                    .withHeader("Retry-After", "7").withBody("{\"error\":\"slow down\"}")));

            assertThatThrownBy(() -> generator.generate(request())).hasMessageContaining("retry after 7 s");
            DraftResult result = new FallingBackDraftGenerator(generator).generate(request());
            assertThat(result.usage().status()).isEqualTo(LlmCallStatus.RATE_LIMITED);
            assertThat(result.usedFallback()).isTrue();
        }

        @Test
        void http5xxIsAnErrorAndFallsBack() {
            answer(503, "{\"error\":\"overloaded\"}");

            DraftResult result = new FallingBackDraftGenerator(generator).generate(request());

            assertThat(result.source()).isEqualTo(DraftSource.FALLBACK);
            assertThat(result.usage().status()).isEqualTo(LlmCallStatus.ERROR);
            assertThat(result.usedFallback()).isTrue();
        }

        @Test
        void aRejectedKeyNeverEchoesTheKey() {
            answer(401, "{\"error\":\"invalid key " + KEY + "\"}");

            assertThatThrownBy(() -> generator.generate(request())).isInstanceOf(LlmCallException.class)
                    .hasMessageContaining("rejected the API key").hasMessageNotContaining(KEY);
        }

        @Test
        void aFailureWithoutFallbackTextPropagates() {
            answer(500, "{}");
            DraftRequest bare = DraftRequest.builder("r", SellerId.of(1), Channel.CHAT, "x").build();

            assertThatThrownBy(() -> new FallingBackDraftGenerator(generator).generate(bare))
                    .isInstanceOf(LlmCallException.class);
        }
    }

    @Nested
    class Switches {
        @Test
        void aSwitchedOffModelIsNeverCalled() {
            settings = new DraftSettings(Tone.NEUTRAL, false, "deepseek", "deepseek-chat");

            assertThatThrownBy(() -> generator.generate(request())).isInstanceOf(LlmDisabledException.class);
            DraftResult result = new FallingBackDraftGenerator(generator).generate(request());
            assertThat(result.source()).isEqualTo(DraftSource.FALLBACK);
            assertThat(result.usage()).isNull();
            assertThat(result.usedFallback()).isTrue();
            assertThat(server.getAllServeEvents()).isEmpty();
        }

        @Test
        void anotherProviderOrNoKeyMeansNoCall() {
            settings = DraftSettings.defaults().withLlm(true, "openrouter", "gpt-4o");
            assertThatThrownBy(() -> generator.generate(request())).isInstanceOf(LlmDisabledException.class)
                    .hasMessageContaining("openrouter");

            settings = DraftSettings.defaults();
            assertThatThrownBy(() -> generator(" ", Duration.ofSeconds(1)).generate(request()))
                    .isInstanceOf(LlmDisabledException.class).hasMessageContaining("no API key");
            assertThat(server.getAllServeEvents()).isEmpty();
        }

        @Test
        void configIsValidatedAndHidesTheKey() {
            assertThatThrownBy(() -> OpenAiConfig.builder("ftp://x").build()).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> OpenAiConfig.builder("https://x").temperature(new java.math.BigDecimal("2.5"))
                    .build()).isInstanceOf(ValidationException.class);
            assertThat(OpenAiConfig.builder("https://api.deepseek.com").apiKey(KEY).build().toString())
                    .doesNotContain(KEY).contains("***");
            assertThat(DraftSettingsSource.fixed(DraftSettings.defaults()).settings(SellerId.of(1)).model())
                    .isEqualTo("deepseek-chat");
        }
    }
}
