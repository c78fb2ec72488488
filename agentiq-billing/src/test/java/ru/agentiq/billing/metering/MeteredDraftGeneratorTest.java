package ru.agentiq.billing.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.TestClock;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.CreditTransaction;
import ru.agentiq.billing.ledger.InsufficientCreditsException;
import ru.agentiq.billing.ledger.LedgerRequest;
import ru.agentiq.billing.ledger.TransactionKind;
import ru.agentiq.billing.memory.InMemoryLedgerStore;
import ru.agentiq.billing.memory.InMemoryPricingStore;
import ru.agentiq.billing.memory.InMemoryUsageEventStore;
import ru.agentiq.billing.policy.CreditPolicy;
import ru.agentiq.billing.pricing.PricingService;
import ru.agentiq.billing.usage.LlmCall;
import ru.agentiq.billing.usage.UsageEventStore;
import ru.agentiq.core.draft.DraftGenerator;
import ru.agentiq.core.draft.DraftRequest;
import ru.agentiq.core.draft.DraftResult;
import ru.agentiq.core.draft.DraftSource;
import ru.agentiq.core.draft.LlmCallStatus;
import ru.agentiq.core.draft.LlmUsage;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;

class MeteredDraftGeneratorTest {

    private static final SellerId SELLER = SellerId.of(42);
    private static final AccountId ACCOUNT = AccountId.of("42");

    private final TestClock clock = new TestClock("2026-03-02T10:00:00Z");
    private final CreditLedger ledger = new CreditLedger(new InMemoryLedgerStore(), clock);
    private final UsageEventStore usage = new InMemoryUsageEventStore();
    private final PricingService pricing = new PricingService(new InMemoryPricingStore(), clock);
    private final AtomicInteger modelCalls = new AtomicInteger();

    /** deepseek, 2000 fresh + 1000 cached input, 300 output: 1100 OE × 0.5 / 10 000 = 0.055 credits. */
    private final DraftGenerator model = request -> {
        modelCalls.incrementAndGet();
        return new DraftResult("Здравствуйте! Спасибо за отзыв.", DraftSource.LLM,
                LlmUsage.builder("deepseek", "deepseek").providerModel("deepseek-chat").inputTokens(2000, 1000)
                        .outputTokens(300).latency(Duration.ofMillis(900)).providerRequestId("req-abc").build());
    };

    private static DraftRequest request(String id) {
        return DraftRequest.builder(id, SELLER, Channel.REVIEW, "Отзыв: всё отлично")
                .interactionId(InteractionId.of(7)).build();
    }

    private MeteredDraftGenerator.Builder metered(DraftGenerator delegate) {
        return MeteredDraftGenerator.builder(delegate, ledger, usage, pricing);
    }

    private void fund(String amount) {
        ledger.post(LedgerRequest.grant(ACCOUNT, Credits.of(amount), IdempotencyKey.random()));
    }

    @Nested
    class PostPaid {
        @Test
        void debitsTheCallAndRecordsItsUsageTogether() {
            fund("10");
            MeteredDraft metered = metered(model).build().generateMetered(request("draft-1"));
            assertThat(metered.draft().text()).isEqualTo("Здравствуйте! Спасибо за отзыв.");
            assertThat(metered.charged()).isEqualTo(Credits.of("0.055"));
            assertThat(metered.balanceAfter()).isEqualTo(Credits.of("9.945"));
            assertThat(metered.lowBalance()).isFalse();
            CreditTransaction debit = metered.debit();
            assertThat(debit.kind()).isEqualTo(TransactionKind.DEBIT);
            assertThat(debit.amount()).isEqualTo(Credits.of("-0.055"));
            assertThat(debit.idempotencyKey()).isEqualTo(IdempotencyKey.of("draft-1"));
            assertThat(debit.referenceId()).isEqualTo("interaction:7");
            assertThat(debit.initiatedBy()).isNull();
            LlmCall call = usage.findByRequestId(ACCOUNT, "draft-1").orElseThrow().call();
            assertThat(call.creditsBurned()).isEqualTo(Credits.of("0.055"));
            assertThat(call.oeTokens()).isEqualByComparingTo("1100");
            assertThat(call.transactionId()).isEqualTo(debit.id());
            assertThat(call.status()).isEqualTo(LlmCallStatus.SUCCESS);
            assertThat(call.latency()).isEqualTo(Duration.ofMillis(900));
            assertThat(call.pricingVersion()).isEqualTo("2026-02-20");
            assertThat(call.providerModel()).isEqualTo("deepseek-chat");
        }

        @Test
        void notEnforcedADepletedWalletIsAllowedAndFlaggedLow() {
            MeteredDraft metered = metered(model).build().generateMetered(request("draft-1"));
            assertThat(metered.balanceAfter()).isEqualTo(Credits.of("-0.055"));
            assertThat(metered.lowBalance()).isTrue();
            assertThat(modelCalls).hasValue(1);
        }

        @Test
        void enforcedADepletedWalletIsRefusedBeforeTheModelIsCalled() {
            MeteredDraftGenerator generator = metered(model)
                    .policy(CreditPolicy.builder().enforcementEnabled(true).build()).build();
            assertThatThrownBy(() -> generator.generateMetered(request("draft-1")))
                    .isInstanceOf(InsufficientCreditsException.class)
                    .hasMessage("Insufficient credits. Please top up your account.");
            assertThat(modelCalls).hasValue(0);
            assertThat(usage.count(ACCOUNT)).isZero();
            assertThat(ledger.findWallet(ACCOUNT)).isEmpty();
        }

        @Test
        void enforcedAnyPositiveBalanceMayStartEvenIfTheCallOverdraws() {
            fund("0.01");
            MeteredDraft metered = metered(model).policy(CreditPolicy.builder().enforcementEnabled(true).build())
                    .build().generateMetered(request("draft-1"));
            assertThat(metered.balanceAfter()).isEqualTo(Credits.of("-0.045"));
        }

        @Test
        void aRequestIdIsMeteredOnceAndARepeatIsRefusedBeforeCallingTheModel() {
            fund("10");
            MeteredDraftGenerator generator = metered(model).build();
            generator.generateMetered(request("draft-1"));
            assertThatThrownBy(() -> generator.generateMetered(request("draft-1")))
                    .isInstanceOf(AlreadyMeteredException.class)
                    .hasMessageContaining("draft request 'draft-1' of account '42' was already metered");
            assertThat(modelCalls).hasValue(1);
            assertThat(ledger.wallet(ACCOUNT).balance()).isEqualTo(Credits.of("9.945"));
        }

        @Test
        void aFallbackAfterAFailedCallIsRecordedForObservability() {
            DraftGenerator failing = request -> new DraftResult("Спасибо!", DraftSource.FALLBACK,
                    LlmUsage.builder("deepseek", "deepseek").status(LlmCallStatus.TIMEOUT).usedFallback(true)
                            .latency(Duration.ofSeconds(30)).build());
            fund("1");
            MeteredDraft metered = metered(failing).build().generateMetered(request("draft-1"));
            assertThat(metered.debit()).as("a call with no tokens costs nothing").isNull();
            assertThat(metered.charged()).isEqualTo(Credits.ZERO);
            assertThat(metered.balanceAfter()).isEqualTo(Credits.of(1));
            LlmCall call = metered.event().call();
            assertThat(call.usedFallback()).isTrue();
            assertThat(call.status()).isEqualTo(LlmCallStatus.TIMEOUT);
            assertThat(call.transactionId()).isNull();
        }

        @Test
        void aDraftMadeWithoutTheModelIsNeitherRecordedNorCharged() {
            DraftGenerator template = request -> new DraftResult("Спасибо!", DraftSource.CACHE, null);
            MeteredDraft metered = metered(template).build().generateMetered(request("draft-1"));
            assertThat(metered.event()).isNull();
            assertThat(metered.debit()).isNull();
            assertThat(usage.count(ACCOUNT)).isZero();
        }

        @Test
        void aFailingGeneratorRecordsNothing() {
            DraftGenerator broken = request -> {
                throw new IllegalStateException("provider down");
            };
            assertThatThrownBy(() -> metered(broken).build().generateMetered(request("draft-1")))
                    .hasMessage("provider down");
            assertThat(usage.count(ACCOUNT)).isZero();
            assertThat(ledger.findWallet(ACCOUNT)).isEmpty();
        }

        @Test
        void theCallersRowsCommitWithTheDebitAndTheUsageEvent() {
            fund("10");
            List<String> rows = new ArrayList<>();
            MeteredDraft metered = metered(model).listener((unit, m) -> unit.enlist(() -> rows.add("draft stored")))
                    .build().generateMetered(request("draft-1"));
            assertThat(rows).containsExactly("draft stored");
            assertThat(metered.event()).isNotNull();
        }

        @Test
        void aFailureOfTheCallersRowsRollsBackTheDebitAndTheUsageEvent() {
            fund("10");
            MeteredDraftGenerator generator = metered(model).listener((unit, m) -> {
                throw new IllegalStateException("draft table unavailable");
            }).build();
            assertThatThrownBy(() -> generator.generateMetered(request("draft-1")))
                    .hasMessage("draft table unavailable");
            assertThat(ledger.wallet(ACCOUNT).balance()).isEqualTo(Credits.of(10));
            assertThat(usage.findByRequestId(ACCOUNT, "draft-1")).isEmpty();
        }

        @Test
        void theAccountResolverDecidesWhoPays() {
            AccountId team = AccountId.of("team-a");
            MeteredDraft metered = metered(model).accountResolver(r -> team).build().generateMetered(request("d"));
            assertThat(metered.account()).isEqualTo(team);
            assertThat(ledger.wallet(team).balance()).isEqualTo(Credits.of("-0.055"));
        }

        @Test
        void generateReturnsJustTheDraft() {
            fund("10");
            DraftGenerator generator = metered(model).build();
            assertThat(generator.generate(request("draft-1")).source()).isEqualTo(DraftSource.LLM);
            assertThat(usage.count(ACCOUNT)).isEqualTo(1);
        }
    }

    @Nested
    class Reserve {
        private MeteredDraftGenerator reserving(DraftGenerator delegate, String estimate) {
            return metered(delegate).mode(MeteringMode.RESERVE)
                    .reservationEstimator(ReservationEstimator.fixed(Credits.of(estimate))).build();
        }

        @Test
        void holdsTheEstimateAndCapturesTheActualCost() {
            fund("1");
            MeteredDraft metered = reserving(model, "0.2").generateMetered(request("draft-1"));
            assertThat(metered.charged()).isEqualTo(Credits.of("0.055"));
            assertThat(metered.shortfall()).isEqualTo(Credits.ZERO);
            assertThat(metered.balanceAfter()).isEqualTo(Credits.of("0.945"));
            assertThat(ledger.wallet(ACCOUNT).held()).isEqualTo(Credits.ZERO);
            assertThat(metered.event().call().transactionId()).isEqualTo(metered.debit().id());
        }

        @Test
        void refusesWhenTheEstimateCannotBeHeldEvenWithEnforcementOff() {
            fund("0.1");
            assertThatThrownBy(() -> reserving(model, "0.2").generateMetered(request("draft-1")))
                    .isInstanceOf(InsufficientCreditsException.class);
            assertThat(modelCalls).hasValue(0);
            assertThat(ledger.wallet(ACCOUNT).balance()).isEqualTo(Credits.of("0.1"));
        }

        @Test
        void neverTakesTheBalanceBelowZeroAndReportsTheShortfall() {
            fund("0.05");
            MeteredDraft metered = reserving(model, "0.01").generateMetered(request("draft-1"));
            assertThat(metered.charged()).isEqualTo(Credits.of("0.05"));
            assertThat(metered.shortfall()).isEqualTo(Credits.of("0.005"));
            assertThat(metered.balanceAfter()).isEqualTo(Credits.ZERO);
            assertThat(metered.lowBalance()).isTrue();
            assertThat(metered.event().call().creditsBurned()).as("usage shows the real cost")
                    .isEqualTo(Credits.of("0.055"));
        }

        @Test
        void aFailedCallReleasesTheHoldAndARetryMayHoldAgain() {
            fund("1");
            AtomicInteger attempts = new AtomicInteger();
            DraftGenerator flaky = request -> {
                if (attempts.incrementAndGet() == 1) {
                    throw new IllegalStateException("provider down");
                }
                return model.generate(request);
            };
            MeteredDraftGenerator generator = reserving(flaky, "0.5");
            assertThatThrownBy(() -> generator.generateMetered(request("draft-1"))).hasMessage("provider down");
            assertThat(ledger.wallet(ACCOUNT).available()).isEqualTo(Credits.of(1));
            MeteredDraft retried = generator.generateMetered(request("draft-1"));
            assertThat(retried.balanceAfter()).isEqualTo(Credits.of("0.945"));
            assertThat(ledger.wallet(ACCOUNT).held()).isEqualTo(Credits.ZERO);
        }

        @Test
        void aDraftWithoutAModelCallReleasesTheHold() {
            fund("1");
            MeteredDraft metered = reserving(request -> new DraftResult("Спасибо!", DraftSource.CACHE, null), "0.5")
                    .generateMetered(request("draft-1"));
            assertThat(metered.debit()).isNull();
            assertThat(ledger.wallet(ACCOUNT).available()).isEqualTo(Credits.of(1));
        }

        @Test
        void theDefaultEstimateIsAnUpperBoundOfTheCall() {
            fund("1");
            MeteredDraftGenerator generator = metered(model).mode(MeteringMode.RESERVE).build();
            MeteredDraft metered = generator.generateMetered(request("draft-1"));
            assertThat(metered.shortfall()).isEqualTo(Credits.ZERO);
            Credits bound = ReservationEstimator.upperBound(pricing).estimate(request("x"));
            // "Отзыв: всё отлично" is 18 characters: (18 × 0.35 + 600) × 2.0 (gpt-4o, the dearest) / 10 000
            assertThat(bound).isEqualTo(Credits.of("0.1213"));
        }
    }
}
