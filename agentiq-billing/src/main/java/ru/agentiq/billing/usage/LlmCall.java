package ru.agentiq.billing.usage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.billing.ledger.TransactionId;
import ru.agentiq.billing.pricing.PricedUsage;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.draft.LlmCallStatus;
import ru.agentiq.core.draft.LlmUsage;

/**
 * What one model call consumed and cost: the content of an {@link LlmCallEvent} (the seed's {@code llm_call_events}
 * row).
 *
 * @param account           who was metered
 * @param requestId         the caller's id of the call, unique within the account; ≤ 128 characters
 * @param referenceId       what the call served (an interaction id, a turn id); nullable, ≤ 128 characters
 * @param provider          who served it
 * @param modelAlias        the priced alias, lower case
 * @param providerModel     the provider's model id; nullable
 * @param inputTokensFresh  fresh prompt tokens, zero or more
 * @param inputTokensCached cached prompt tokens, zero or more
 * @param outputTokens      completion tokens, zero or more
 * @param oeTokens          output-equivalent tokens, 4 decimal places
 * @param creditsBurned     credits the call cost, zero or more, at most 4 decimal places
 * @param providerCostUsd   what the provider charged us, if it said; nullable, zero or more
 * @param latency           wall time of the call
 * @param status            how the call ended
 * @param usedFallback      whether a fallback replaced the model's answer
 * @param pricingVersion    the pricing table used
 * @param transactionId     the debit that paid for it; {@code null} when nothing was debited (zero cost)
 * @param createdAt         when it was recorded
 */
public record LlmCall(
        AccountId account,
        String requestId,
        String referenceId,
        String provider,
        String modelAlias,
        String providerModel,
        long inputTokensFresh,
        long inputTokensCached,
        long outputTokens,
        BigDecimal oeTokens,
        Credits creditsBurned,
        BigDecimal providerCostUsd,
        Duration latency,
        LlmCallStatus status,
        boolean usedFallback,
        String pricingVersion,
        TransactionId transactionId,
        Instant createdAt) {

    public static final int MAX_ID_LENGTH = 128;

    public LlmCall {
        Args.required(account, "account");
        requestId = Args.requiredText(requestId, "requestId", MAX_ID_LENGTH);
        referenceId = Args.optionalText(referenceId, "referenceId", MAX_ID_LENGTH);
        provider = Args.requiredText(provider, "provider", LlmUsage.MAX_NAME_LENGTH);
        modelAlias = Args.requiredText(modelAlias, "modelAlias", LlmUsage.MAX_NAME_LENGTH);
        providerModel = Args.optionalText(providerModel, "providerModel", LlmUsage.MAX_ID_LENGTH);
        notNegative(inputTokensFresh, "inputTokensFresh");
        notNegative(inputTokensCached, "inputTokensCached");
        notNegative(outputTokens, "outputTokens");
        Args.required(oeTokens, "oeTokens");
        Args.required(creditsBurned, "creditsBurned");
        if (creditsBurned.isNegative() || !creditsBurned.fitsUsageScale()) {
            throw new ValidationException("creditsBurned must be zero or more with at most " + Credits.USAGE_SCALE
                    + " decimal places, was " + creditsBurned);
        }
        if (providerCostUsd != null && providerCostUsd.signum() < 0) {
            throw new ValidationException("providerCostUsd must not be negative, was "
                    + providerCostUsd.toPlainString());
        }
        Args.required(latency, "latency");
        Args.required(status, "status");
        pricingVersion = Args.requiredText(pricingVersion, "pricingVersion", 32);
        Args.required(createdAt, "createdAt");
    }

    /**
     * The record of a reported call priced as {@code priced}, paid by {@code debit} (nullable).
     */
    public static LlmCall of(AccountId account, String requestId, String referenceId, LlmUsage usage,
            PricedUsage priced, TransactionId debit, Instant createdAt) {
        Args.required(usage, "usage");
        Args.required(priced, "priced");
        return new LlmCall(account, requestId, referenceId, usage.provider(), priced.modelAlias(),
                usage.providerModel(), usage.inputTokensFresh(), usage.inputTokensCached(), usage.outputTokens(),
                priced.oeTokens(), priced.credits(), null, usage.latency(), usage.status(), usage.usedFallback(),
                priced.pricingVersion(), debit, createdAt);
    }

    /** Fresh plus cached prompt tokens plus completion tokens. */
    public long totalTokens() {
        return inputTokensFresh + inputTokensCached + outputTokens;
    }

    /** Fresh plus cached prompt tokens. */
    public long inputTokens() {
        return inputTokensFresh + inputTokensCached;
    }

    private static void notNegative(long value, String field) {
        if (value < 0) {
            throw new ValidationException(field + " must not be negative, was " + value);
        }
    }
}
