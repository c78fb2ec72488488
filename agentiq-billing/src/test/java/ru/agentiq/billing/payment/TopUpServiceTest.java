package ru.agentiq.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.TestClock;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.IdempotencyConflictException;
import ru.agentiq.billing.ledger.TransactionKind;
import ru.agentiq.billing.memory.InMemoryLedgerStore;
import ru.agentiq.billing.memory.InMemoryPaymentProvider;
import ru.agentiq.core.ValidationException;

class TopUpServiceTest {

    private static final AccountId SELLER = AccountId.of("seller-1");

    private final CreditLedger ledger = new CreditLedger(new InMemoryLedgerStore(),
            new TestClock("2026-03-02T10:00:00Z"));
    private final InMemoryPaymentProvider provider = new InMemoryPaymentProvider("stripe");
    private final TopUpService topUps = TopUpService.builder(provider, ledger).build();

    @Nested
    class Quotes {
        @ParameterizedTest
        @CsvSource({"10,333.33", "1,33.33", "500,16666.67", "0.03,1"})
        void sellsOneCreditForThreeCents(String amount, String credits) {
            if (new BigDecimal(amount).compareTo(BigDecimal.ONE) < 0) {
                TopUpService cheap = TopUpService.builder(provider, ledger).minAmount(new BigDecimal("0.01")).build();
                assertThat(cheap.quote(new BigDecimal(amount)).credits()).isEqualTo(Credits.of(credits));
                return;
            }
            assertThat(topUps.quote(new BigDecimal(amount)).credits()).isEqualTo(Credits.of(credits));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.99", "500.01", "0", "-5"})
        void rejectsAmountsOutsideTheLimitsNamingThem(String amount) {
            assertThatThrownBy(() -> topUps.quote(new BigDecimal(amount)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("amount must be between 1.00 and 500.00, was " + amount);
        }

        @Test
        void rejectsFractionsOfACent() {
            assertThatThrownBy(() -> topUps.quote(new BigDecimal("10.001")))
                    .hasMessage("amount must have at most 2 decimal places, was 10.001");
        }

        @Test
        void limitsMustBeOrdered() {
            assertThatThrownBy(() -> TopUpService.builder(provider, ledger).minAmount(BigDecimal.TEN)
                    .maxAmount(BigDecimal.ONE).build())
                    .hasMessage("minAmount must not exceed maxAmount, was 10 > 1");
        }
    }

    @Nested
    class Payments {
        @Test
        void startingCreatesAnIntentCarryingAccountAndCredits() {
            TopUpStarted started = topUps.start(SELLER, new BigDecimal("10"), IdempotencyKey.of("checkout-1"));
            assertThat(started.quote().amount()).isEqualByComparingTo("10.00");
            assertThat(started.quote().currency().getCurrencyCode()).isEqualTo("USD");
            PaymentIntentRequest sent = provider.request(started.intent().paymentReference()).orElseThrow();
            assertThat(sent.account()).isEqualTo(SELLER);
            assertThat(sent.credits()).isEqualTo(Credits.of("333.33"));
            assertThat(ledger.findWallet(SELLER)).as("nothing granted before payment").isEmpty();
        }

        @Test
        void theClientSecretNeverAppearsInToString() {
            TopUpStarted started = topUps.start(SELLER, new BigDecimal("10"), IdempotencyKey.of("checkout-1"));
            assertThat(started.toString()).doesNotContain(started.intent().clientSecret()).contains("<redacted>");
        }

        @Test
        void aConfirmedPaymentGrantsOnceHoweverOftenItIsDelivered() {
            TopUpStarted started = topUps.start(SELLER, new BigDecimal("10"), IdempotencyKey.of("checkout-1"));
            PaymentConfirmation paid = provider.succeed(started.intent().paymentReference());
            TopUpResult first = topUps.confirm(paid);
            TopUpResult again = topUps.confirm(paid);
            assertThat(first.status()).isEqualTo(TopUpStatus.OK);
            assertThat(again.status()).isEqualTo(TopUpStatus.ALREADY_PROCESSED);
            assertThat(again.status().wire()).isEqualTo("already_processed");
            assertThat(again.transaction()).isEqualTo(first.transaction());
            assertThat(ledger.wallet(SELLER).balance()).isEqualTo(Credits.of("333.33"));
        }

        @Test
        void theGrantIsASystemWriteReferencingThePayment() {
            TopUpStarted started = topUps.start(SELLER, new BigDecimal("500"), IdempotencyKey.of("checkout-1"));
            TopUpResult result = topUps.confirm(provider.succeed(started.intent().paymentReference()));
            assertThat(result.transaction().kind()).isEqualTo(TransactionKind.GRANT);
            assertThat(result.transaction().initiatedBy()).isNull();
            assertThat(result.transaction().referenceId()).isEqualTo(started.intent().paymentReference());
            assertThat(result.transaction().note()).isEqualTo("stripe_topup");
            assertThat(result.transaction().amount()).as("beyond the admin limit of 10000")
                    .isEqualTo(Credits.of("16666.67"));
        }

        @Test
        void aReplayedPaymentWithOtherCreditsIsAConflict() {
            topUps.confirm(new PaymentConfirmation("pi_1", SELLER, Credits.of(10)));
            assertThatThrownBy(() -> topUps.confirm(new PaymentConfirmation("pi_1", SELLER, Credits.of(11))))
                    .isInstanceOf(IdempotencyConflictException.class);
            assertThat(ledger.wallet(SELLER).balance()).isEqualTo(Credits.of(10));
        }

        @Test
        void startingIsIdempotentOnTheKey() {
            TopUpStarted first = topUps.start(SELLER, new BigDecimal("10"), IdempotencyKey.of("checkout-1"));
            TopUpStarted again = topUps.start(SELLER, new BigDecimal("10"), IdempotencyKey.of("checkout-1"));
            assertThat(again.intent()).isEqualTo(first.intent());
            assertThat(provider.requests()).hasSize(1);
        }
    }
}
