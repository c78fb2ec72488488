package ru.agentiq.llm.openai;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import ru.agentiq.core.ValidationException;

/**
 * Connection settings of an OpenAI-compatible endpoint. Immutable; {@link #builder(String)}. The API key never appears
 * in {@link #toString()}.
 *
 * @param baseUrl        endpoint root, e.g. {@code https://api.deepseek.com}; {@code /chat/completions} is appended
 * @param apiKey         bearer token; null means the model is off (drafts fall back without a call)
 * @param provider       who this endpoint is ({@code deepseek}); sellers whose settings name another provider are
 *                       not served by it
 * @param defaultModel   model used when a seller's settings name none
 * @param modelAliases   provider model id → pricing alias ({@code deepseek-chat → deepseek}); unknown ids are their
 *                       own alias
 * @param connectTimeout TCP/TLS connect budget (seed: 5 s)
 * @param requestTimeout whole-request budget (seed: 30 s read)
 * @param temperature    0..2 (seed: 0.3)
 * @param jsonResponse   ask for {@code response_format: json_object}
 */
public record OpenAiConfig(URI baseUrl, String apiKey, String provider, String defaultModel,
        Map<String, String> modelAliases, Duration connectTimeout, Duration requestTimeout, BigDecimal temperature,
        boolean jsonResponse) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final BigDecimal DEFAULT_TEMPERATURE = new BigDecimal("0.3");
    public static final String DEFAULT_PROVIDER = "deepseek";
    public static final String DEFAULT_MODEL = "deepseek-chat";

    public OpenAiConfig {
        if (baseUrl == null) {
            throw new ValidationException("baseUrl is required");
        }
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new ValidationException("baseUrl must be an http(s) URL with a host, was " + baseUrl);
        }
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        if (provider == null || provider.isBlank()) {
            throw new ValidationException("provider is required");
        }
        provider = provider.strip().toLowerCase(Locale.ROOT);
        if (defaultModel == null || defaultModel.isBlank()) {
            throw new ValidationException("defaultModel is required");
        }
        modelAliases = Map.copyOf(modelAliases == null ? Map.of() : modelAliases);
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (temperature == null || temperature.signum() < 0 || temperature.compareTo(BigDecimal.valueOf(2)) > 0) {
            throw new ValidationException("temperature must be 0..2, was " + temperature);
        }
    }

    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    /** The pricing alias of a provider model id. */
    public String aliasOf(String model) {
        return modelAliases.getOrDefault(model, model);
    }

    private static void requirePositive(Duration d, String field) {
        if (d == null || d.isNegative() || d.isZero() || d.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new ValidationException(field + " must be positive and at most 10 minutes, was " + d);
        }
    }

    @Override
    public String toString() {
        return "OpenAiConfig[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***") + ", provider="
                + provider + ", defaultModel=" + defaultModel + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", temperature=" + temperature + "]";
    }

    /** Builder with the seed's defaults (DeepSeek, 5 s connect, 30 s request, temperature 0.3, JSON answers). */
    public static final class Builder {
        private final String baseUrl;
        private String apiKey;
        private String provider = DEFAULT_PROVIDER;
        private String defaultModel = DEFAULT_MODEL;
        private final Map<String, String> aliases = new LinkedHashMap<>(Map.of("deepseek-chat", "deepseek"));
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private BigDecimal temperature = DEFAULT_TEMPERATURE;
        private boolean jsonResponse = true;

        private Builder(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public Builder apiKey(String value) {
            this.apiKey = value;
            return this;
        }

        public Builder provider(String value) {
            this.provider = value;
            return this;
        }

        public Builder defaultModel(String value) {
            this.defaultModel = value;
            return this;
        }

        public Builder modelAlias(String model, String alias) {
            aliases.put(model, alias);
            return this;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        public Builder temperature(BigDecimal value) {
            this.temperature = value;
            return this;
        }

        public Builder jsonResponse(boolean value) {
            this.jsonResponse = value;
            return this;
        }

        public OpenAiConfig build() {
            URI uri;
            try {
                uri = baseUrl == null ? null : URI.create(baseUrl.strip().replaceAll("/+$", ""));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("baseUrl is not a URL: " + e.getMessage());
            }
            return new OpenAiConfig(uri, apiKey, provider, defaultModel, aliases, connectTimeout, requestTimeout,
                    temperature, jsonResponse);
        }
    }
}
