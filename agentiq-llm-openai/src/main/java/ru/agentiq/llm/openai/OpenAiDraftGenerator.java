package ru.agentiq.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.draft.DraftAnalysis;
import ru.agentiq.core.draft.DraftGenerator;
import ru.agentiq.core.draft.DraftRequest;
import ru.agentiq.core.draft.DraftResult;
import ru.agentiq.core.draft.DraftSettings;
import ru.agentiq.core.draft.DraftSettingsSource;
import ru.agentiq.core.draft.DraftSource;
import ru.agentiq.core.draft.LlmCallException;
import ru.agentiq.core.draft.LlmCallStatus;
import ru.agentiq.core.draft.LlmDisabledException;
import ru.agentiq.core.draft.LlmUsage;

/**
 * Generates drafts with an OpenAI-compatible chat-completions endpoint. Per call it reads the seller's
 * {@link DraftSettings} (model on/off, provider, model), sends the system and user prompts with
 * {@code response_format: json_object}, and reads the answer defensively: the JSON object may come inside a code
 * fence, fields may be missing (seed defaults apply), and anything unusable — a malformed body, no choices, no
 * {@code recommendation} — is a failure, not a draft.
 *
 * <p>Failures throw {@link LlmCallException} with the call's usage and status ({@code timeout}, {@code rate_limited}
 * for 429, {@code error} otherwise); a switched-off model or a missing key throws {@link LlmDisabledException} before
 * any call. Wrap this in core's {@code FallingBackDraftGenerator} (and billing's metering outside that) to turn
 * failures into fallback drafts. Thread-safe: one instance serves every seller. The API key and the prompts are never
 * logged or put in exception messages.
 */
public final class OpenAiDraftGenerator implements DraftGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiDraftGenerator.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longest part of an error body kept in a message (bodies can echo prompts; keep them short). */
    private static final int ERROR_BODY_CHARS = 200;

    private final OpenAiConfig config;
    private final DraftSettingsSource settings;
    private final HttpClient http;
    private final URI endpoint;

    public OpenAiDraftGenerator(OpenAiConfig config, DraftSettingsSource settings) {
        this(config, settings, HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build());
    }

    /** With a caller-supplied client (shared pools, proxies). */
    public OpenAiDraftGenerator(OpenAiConfig config, DraftSettingsSource settings, HttpClient http) {
        this.config = java.util.Objects.requireNonNull(config, "config");
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
        this.http = java.util.Objects.requireNonNull(http, "http");
        this.endpoint = URI.create(config.baseUrl() + "/chat/completions");
    }

    @Override
    public DraftResult generate(DraftRequest request) {
        DraftSettings s = settings.settings(request.sellerId());
        if (s != null && !s.llmEnabled()) {
            throw new LlmDisabledException("the model is switched off for seller " + request.sellerId());
        }
        if (s != null && !s.provider().equals(config.provider())) {
            throw new LlmDisabledException("seller " + request.sellerId() + " uses provider " + s.provider()
                    + ", this endpoint serves " + config.provider());
        }
        if (config.apiKey() == null) {
            throw new LlmDisabledException("no API key configured for " + config.provider());
        }
        String model = s == null ? config.defaultModel() : s.model();
        LlmUsage.Builder usage = LlmUsage.builder(config.provider(), config.aliasOf(model)).providerModel(model);
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(httpRequest(request, model), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw failure("timed out after " + config.requestTimeout().toMillis() + " ms", usage, started,
                    LlmCallStatus.TIMEOUT, e);
        } catch (IOException e) {
            throw failure("could not reach the endpoint: " + e.getClass().getSimpleName(), usage, started,
                    LlmCallStatus.ERROR, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted", usage, started, LlmCallStatus.ERROR, e);
        }
        usage.latency(Duration.ofNanos(System.nanoTime() - started));
        response.headers().firstValue("x-request-id").ifPresent(usage::providerRequestId);
        int status = response.statusCode();
        if (status == 429) {
            throw new LlmCallException("rate limited (HTTP 429)" + retryAfter(response),
                    usage.status(LlmCallStatus.RATE_LIMITED).build());
        }
        if (status < 200 || status >= 300) {
            throw new LlmCallException("HTTP " + status + (status == 401 || status == 403
                    ? " (the endpoint rejected the API key)" : ": " + snippet(response.body())),
                    usage.status(LlmCallStatus.ERROR).build());
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new LlmCallException("the response is not JSON", usage.status(LlmCallStatus.ERROR).build(), e);
        }
        if (body == null || !body.isObject()) {
            throw new LlmCallException("the response is not a JSON object", usage.status(LlmCallStatus.ERROR).build());
        }
        readUsage(body, usage);
        if (body.hasNonNull("id") && body.get("id").isTextual()) {
            usage.providerRequestId(truncate(body.get("id").asText(), LlmUsage.MAX_ID_LENGTH));
        }
        String content = body.path("choices").path(0).path("message").path("content").asText("");
        if (content.isBlank()) {
            throw new LlmCallException("the response has no message content", usage.status(LlmCallStatus.ERROR)
                    .build());
        }
        JsonNode answer = parseAnswer(content);
        if (answer == null) {
            throw new LlmCallException("the message content is not a JSON object",
                    usage.status(LlmCallStatus.ERROR).build());
        }
        String recommendation = text(answer, "recommendation");
        if (recommendation == null) {
            throw new LlmCallException("the answer has no recommendation", usage.status(LlmCallStatus.ERROR).build());
        }
        if (recommendation.length() > DraftResult.MAX_TEXT_LENGTH) {
            recommendation = recommendation.substring(0, DraftResult.MAX_TEXT_LENGTH);
        }
        DraftAnalysis analysis = new DraftAnalysis(text(answer, "intent"), text(answer, "sentiment"),
                text(answer, "urgency"), categories(answer.get("categories")), text(answer, "recommendation_reason"),
                answer.path("needs_escalation").asBoolean(false), text(answer, "escalation_reason"));
        LOG.debug("draft generated by {} model {} for seller {}", config.provider(), model, request.sellerId());
        return new DraftResult(recommendation, DraftSource.LLM, usage.status(LlmCallStatus.SUCCESS).build(),
                analysis);
    }

    private HttpRequest httpRequest(DraftRequest request, String model) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        if (request.systemPrompt() != null) {
            messages.addObject().put("role", "system").put("content", request.systemPrompt());
        }
        messages.addObject().put("role", "user").put("content", request.userPrompt());
        body.put("temperature", config.temperature());
        body.put("max_tokens", request.maxOutputTokens());
        if (config.jsonResponse()) {
            body.putObject("response_format").put("type", "json_object");
        }
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the request", e);
        }
        return HttpRequest.newBuilder(endpoint)
                .timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + config.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
    }

    /** The JSON object in the content, also when wrapped in a Markdown code fence or surrounded by prose. */
    static JsonNode parseAnswer(String content) {
        String c = content.strip();
        if (c.startsWith("```")) {
            int firstNewline = c.indexOf('\n');
            int lastFence = c.lastIndexOf("```");
            if (firstNewline > 0 && lastFence > firstNewline) {
                c = c.substring(firstNewline + 1, lastFence).strip();
            }
        }
        JsonNode node = tryParse(c);
        if (node == null) {
            int open = c.indexOf('{');
            int close = c.lastIndexOf('}');
            if (open >= 0 && close > open) {
                node = tryParse(c.substring(open, close + 1));
            }
        }
        return node != null && node.isObject() ? node : null;
    }

    private static JsonNode tryParse(String s) {
        try {
            return JSON.readTree(s);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void readUsage(JsonNode body, LlmUsage.Builder usage) {
        JsonNode u = body.path("usage");
        if (!u.isObject()) {
            return;
        }
        long prompt = u.path("prompt_tokens").asLong(0);
        long cached = u.has("prompt_cache_hit_tokens") ? u.path("prompt_cache_hit_tokens").asLong(0)
                : u.path("prompt_tokens_details").path("cached_tokens").asLong(0);
        cached = Math.min(Math.max(cached, 0), Math.max(prompt, 0));
        usage.inputTokens(prompt - cached, cached).outputTokens(u.path("completion_tokens").asLong(0));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isTextual() ? v.asText() : v.isValueNode() ? v.asText() : null;
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> categories(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> {
                if (n.isTextual()) {
                    out.add(n.asText());
                }
            });
        } else if (node != null && node.isTextual()) {
            for (String part : node.asText().split(",")) {
                out.add(part);
            }
        }
        return out;
    }

    private LlmCallException failure(String message, LlmUsage.Builder usage, long started, LlmCallStatus status,
            Throwable cause) {
        return new LlmCallException(config.provider() + " " + message,
                usage.latency(Duration.ofNanos(System.nanoTime() - started)).status(status).build(), cause);
    }

    private static String retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("retry-after").map(v -> ", retry after " + v.strip() + " s").orElse("");
    }

    private static String snippet(String body) {
        if (body == null) {
            return "";
        }
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return truncate(oneLine, ERROR_BODY_CHARS).toLowerCase(Locale.ROOT).contains("bearer") ? "(body withheld)"
                : truncate(oneLine, ERROR_BODY_CHARS);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
