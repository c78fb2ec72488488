package ru.agentiq.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** An OpenAI-compatible chat-completions endpoint on WireMock, under {@value #PATH}. */
final class LlmStub {

    static final String PATH = "/llm";
    static final int PROMPT_TOKENS = 1000;
    static final int COMPLETION_TOKENS = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LlmStub() {
    }

    /** Answers every prompt with {@code recommendation}, reporting 1,000 prompt and 200 completion tokens. */
    static void answerAll(WireMockServer server, String recommendation) {
        server.stubFor(post(urlPathEqualTo(PATH + "/chat/completions")).atPriority(10)
                .willReturn(okJson(completion(recommendation))));
    }

    /** Answers prompts that contain {@code fragment} with {@code recommendation}. */
    static void answerWhen(WireMockServer server, String fragment, String recommendation) {
        server.stubFor(post(urlPathEqualTo(PATH + "/chat/completions")).atPriority(1)
                .withRequestBody(containing(fragment)).willReturn(okJson(completion(recommendation))));
    }

    /** Fails prompts that contain {@code fragment} with HTTP 500. */
    static void failWhen(WireMockServer server, String fragment) {
        server.stubFor(post(urlPathEqualTo(PATH + "/chat/completions")).atPriority(1)
                .withRequestBody(containing(fragment))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":\"upstream overloaded\"}")));
    }

    static String completion(String recommendation) {
        String content = JSON.writeValueAsString(Map.of("intent", "other", "sentiment", "neutral", "urgency",
                "normal", "categories", java.util.List.of(), "recommendation", recommendation,
                "recommendation_reason", "answer the buyer", "needs_escalation", false));
        return JSON.writeValueAsString(Map.of("id", "cmpl-test", "model", "deepseek-chat",
                "choices", java.util.List.of(Map.of("index", 0, "message", Map.of("role", "assistant",
                        "content", content))),
                "usage", Map.of("prompt_tokens", PROMPT_TOKENS, "completion_tokens", COMPLETION_TOKENS)));
    }
}
