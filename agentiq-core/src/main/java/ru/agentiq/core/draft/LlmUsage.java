package ru.agentiq.core.draft;

import java.time.Duration;
import ru.agentiq.core.internal.Checks;

/**
 * What one language-model call consumed and how it went: the facts metering and observability need (the seed's
 * {@code llm_call_events} row without the money, which billing computes).
 *
 * <p>Token counts are as the provider reported them. Providers occasionally report nonsense, and a call that happened
 * must still be metered, so negative counts and a negative latency are normalised to zero rather than rejected. When a
 * provider does not split cached input, report everything as fresh and {@code inputTokensCached = 0}.
 *
 * @param provider          who served the call ({@code deepseek}, {@code openrouter}, …); ≤ 64 characters
 * @param modelAlias        our name of the model, the key of the pricing table ({@code deepseek}, {@code gpt-4o});
 *                          ≤ 64 characters
 * @param providerModel     the provider's own model id ({@code deepseek-chat}); ≤ 128 characters; nullable
 * @param inputTokensFresh  prompt tokens billed at the full rate
 * @param inputTokensCached prompt tokens served from the provider's prompt cache
 * @param outputTokens      completion tokens
 * @param latency           wall time of the call
 * @param status            how the call ended
 * @param providerRequestId the provider's id of the request, for support tickets; ≤ 128 characters; nullable
 * @param usedFallback      {@code true} when the model's answer was not used and a fallback produced the draft
 */
public record LlmUsage(
        String provider,
        String modelAlias,
        String providerModel,
        long inputTokensFresh,
        long inputTokensCached,
        long outputTokens,
        Duration latency,
        LlmCallStatus status,
        String providerRequestId,
        boolean usedFallback) {

    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_ID_LENGTH = 128;

    public LlmUsage {
        provider = Checks.requiredText(provider, "provider", MAX_NAME_LENGTH);
        modelAlias = Checks.requiredText(modelAlias, "modelAlias", MAX_NAME_LENGTH);
        providerModel = Checks.optionalText(providerModel, "providerModel", MAX_ID_LENGTH);
        inputTokensFresh = Math.max(0, inputTokensFresh);
        inputTokensCached = Math.max(0, inputTokensCached);
        outputTokens = Math.max(0, outputTokens);
        latency = latency == null || latency.isNegative() ? Duration.ZERO : latency;
        Checks.required(status, "status");
        providerRequestId = Checks.optionalText(providerRequestId, "providerRequestId", MAX_ID_LENGTH);
    }

    /** Starts a usage report for a call to {@code modelAlias} served by {@code provider}. */
    public static Builder builder(String provider, String modelAlias) {
        return new Builder(provider, modelAlias);
    }

    /** All tokens of the call: fresh and cached input plus output. */
    public long totalTokens() {
        return inputTokensFresh + inputTokensCached + outputTokens;
    }

    /** Builds an {@link LlmUsage}; status defaults to {@link LlmCallStatus#SUCCESS}, everything else to zero/absent. */
    public static final class Builder {
        private final String provider;
        private final String modelAlias;
        private String providerModel;
        private long inputTokensFresh;
        private long inputTokensCached;
        private long outputTokens;
        private Duration latency = Duration.ZERO;
        private LlmCallStatus status = LlmCallStatus.SUCCESS;
        private String providerRequestId;
        private boolean usedFallback;

        private Builder(String provider, String modelAlias) {
            this.provider = provider;
            this.modelAlias = modelAlias;
        }

        public Builder providerModel(String value) {
            this.providerModel = value;
            return this;
        }

        /** Fresh and cached prompt tokens. */
        public Builder inputTokens(long fresh, long cached) {
            this.inputTokensFresh = fresh;
            this.inputTokensCached = cached;
            return this;
        }

        public Builder outputTokens(long value) {
            this.outputTokens = value;
            return this;
        }

        public Builder latency(Duration value) {
            this.latency = value;
            return this;
        }

        public Builder status(LlmCallStatus value) {
            this.status = value;
            return this;
        }

        public Builder providerRequestId(String value) {
            this.providerRequestId = value;
            return this;
        }

        public Builder usedFallback(boolean value) {
            this.usedFallback = value;
            return this;
        }

        public LlmUsage build() {
            return new LlmUsage(provider, modelAlias, providerModel, inputTokensFresh, inputTokensCached, outputTokens,
                    latency, status, providerRequestId, usedFallback);
        }
    }
}
