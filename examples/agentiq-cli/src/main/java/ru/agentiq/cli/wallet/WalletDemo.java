package ru.agentiq.cli.wallet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ActorId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.ledger.AdminWallets;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.metering.MeteredDraftGenerator;
import ru.agentiq.cli.EmbeddedStore;
import ru.agentiq.core.draft.DraftGenerator;
import ru.agentiq.core.draft.DraftRequest;
import ru.agentiq.core.draft.DraftResult;
import ru.agentiq.core.draft.DraftSource;
import ru.agentiq.core.draft.LlmCallStatus;
import ru.agentiq.core.draft.LlmUsage;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;

/**
 * Demo billing data: a 25-credit admin grant a week ago and a week of drafts metered through the real
 * {@link MeteredDraftGenerator} (a scripted model stands in for the LLM), including one timed-out call per day that
 * fell back to a template. Deterministic apart from the dates, which end today.
 */
final class WalletDemo {

    static final String USER = "1";
    static final String ADMIN = "demo-admin";

    private WalletDemo() {
    }

    static void seed(EmbeddedStore store) {
        Instant today = store.clock().instant().truncatedTo(ChronoUnit.DAYS);
        AtomicReference<Instant> now = new AtomicReference<>(today.minus(Duration.ofDays(7)));
        Clock demoClock = new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        CreditLedger ledger = new CreditLedger(store.ledger().store(), demoClock);
        new AdminWallets(ledger).grant(ActorId.of(ADMIN), AccountId.of(USER), Credits.of(25), "demo welcome grant",
                IdempotencyKey.of("demo-grant"));
        MeteredDraftGenerator metered = MeteredDraftGenerator.builder(scriptedModel(), ledger, store.usageEvents(),
                store.pricing()).policy(store.creditPolicy()).build();
        int draft = 0;
        for (int day = 6; day >= 0; day--) {
            for (int call = 0; call < 3 + day % 3; call++) {
                now.set(today.minus(Duration.ofDays(day)).plus(Duration.ofHours(9 + 2L * call)));
                draft++;
                metered.generateMetered(DraftRequest.builder("demo-draft-" + draft, SellerId.of(1), Channel.REVIEW,
                        "Отзыв покупателя №" + draft + ": размер подошёл, спасибо!").build());
            }
        }
    }

    private static DraftGenerator scriptedModel() {
        return new DraftGenerator() {
            private int calls;

            @Override
            public synchronized DraftResult generate(DraftRequest request) {
                calls++;
                if (calls % 4 == 0) {
                    return new DraftResult("Спасибо за отзыв! Рады, что размер подошёл.", DraftSource.FALLBACK,
                            LlmUsage.builder("deepseek", "deepseek").status(LlmCallStatus.TIMEOUT).usedFallback(true)
                                    .latency(Duration.ofSeconds(30)).build());
                }
                String model = calls % 3 == 0 ? "gpt-4o-mini" : "deepseek";
                return new DraftResult("Здравствуйте! Спасибо, что выбрали нас.", DraftSource.LLM,
                        LlmUsage.builder(model.equals("deepseek") ? "deepseek" : "openrouter", model)
                                .inputTokens(1800 + 40L * calls, 600).outputTokens(120 + 7L * calls)
                                .latency(Duration.ofMillis(700 + 10L * calls)).build());
            }
        };
    }
}
