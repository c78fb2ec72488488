package ru.agentiq.billing.usage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.core.draft.LlmCallStatus;

/** Usage records for tests. */
public final class UsageFixtures {
    private UsageFixtures() {
    }

    /** A successful call of {@code model} costing {@code credits}, with 100 output tokens. */
    public static LlmCall call(AccountId account, String requestId, String model, String credits, Instant at) {
        return call(account, requestId, model, credits, at, false);
    }

    public static LlmCall call(AccountId account, String requestId, String model, String credits, Instant at,
            boolean fallback) {
        return new LlmCall(account, requestId, null, "openrouter", model, null, 1000, 0, 100,
                new BigDecimal("450.0000"), Credits.of(credits), null, Duration.ofMillis(850),
                fallback ? LlmCallStatus.ERROR : LlmCallStatus.SUCCESS, fallback, "2026-02-20", null, at);
    }
}
