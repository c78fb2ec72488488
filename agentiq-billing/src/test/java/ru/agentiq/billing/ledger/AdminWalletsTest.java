package ru.agentiq.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ActorId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.TestClock;
import ru.agentiq.billing.memory.InMemoryLedgerStore;
import ru.agentiq.core.NotFoundException;
import ru.agentiq.core.ValidationException;

class AdminWalletsTest {

    private static final AccountId SELLER = AccountId.of("seller-1");
    private static final ActorId ADMIN = ActorId.of("admin-7");

    private final TestClock clock = new TestClock("2026-03-02T10:00:00Z");
    private final CreditLedger ledger = new CreditLedger(new InMemoryLedgerStore(), clock);
    private final AdminWallets admin = new AdminWallets(ledger);

    @Nested
    class Grants {
        @Test
        void attributesTheGrantToTheActingAdministrator() {
            PostingResult result = admin.grant(ADMIN, SELLER, Credits.of(100), "pilot", IdempotencyKey.of("g1"));
            assertThat(result.transaction().initiatedBy()).isEqualTo(ADMIN);
            assertThat(result.transaction().note()).isEqualTo("pilot");
            assertThat(result.transaction().kind()).isEqualTo(TransactionKind.GRANT);
            assertThat(result.balanceAfter()).isEqualTo(Credits.of(100));
        }

        @Test
        void acceptsExactlyTenThousand() {
            assertThat(admin.grant(ADMIN, SELLER, Credits.of(10_000), null, IdempotencyKey.of("g1")).balanceAfter())
                    .isEqualTo(Credits.of(10_000));
            assertThat(admin.grant(ADMIN, SELLER, Credits.of("0.00000001"), null, IdempotencyKey.of("g2"))
                    .balanceAfter()).isEqualTo(Credits.of("10000.00000001"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "10000.01", "10000.00000001"})
        void rejectsGrantsOutsideZeroToTenThousandNamingTheAmount(String amount) {
            assertThatThrownBy(() -> admin.grant(ADMIN, SELLER, Credits.of(amount), null, IdempotencyKey.of("g")))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("amount must be greater than 0 and at most 10000, was " + Credits.of(amount));
            assertThat(ledger.findWallet(SELLER)).isEmpty();
        }

        @Test
        void aRetriedGrantIsAppliedOnce() {
            admin.grant(ADMIN, SELLER, Credits.of(5), null, IdempotencyKey.of("g1"));
            assertThat(admin.grant(ADMIN, SELLER, Credits.of(5), null, IdempotencyKey.of("g1")).replayed()).isTrue();
            assertThat(ledger.wallet(SELLER).balance()).isEqualTo(Credits.of(5));
        }

        @Test
        void requiresTheAdministrator() {
            assertThatThrownBy(() -> admin.grant(null, SELLER, Credits.of(5), null, IdempotencyKey.of("g1")))
                    .hasMessage("admin is required");
        }
    }

    @Nested
    class WalletView {
        @Test
        void showsTheBalanceAndTheTenNewestEntriesWithAttribution() {
            for (int i = 1; i <= 12; i++) {
                admin.grant(ADMIN, SELLER, Credits.of(i), "grant " + i, IdempotencyKey.of("g" + i));
                clock.advance(Duration.ofSeconds(1));
            }
            ledger.post(LedgerRequest.debit(SELLER, Credits.of(3), IdempotencyKey.of("turn-1")));
            ru.agentiq.billing.ledger.WalletView view = admin.view(SELLER);
            assertThat(view.wallet().balance()).isEqualTo(Credits.of(75));
            assertThat(view.recentTransactions()).hasSize(10);
            assertThat(view.recentTransactions().get(0).kind()).isEqualTo(TransactionKind.DEBIT);
            assertThat(view.recentTransactions().get(0).initiatedBy()).isNull();
            assertThat(view.recentTransactions().get(1).initiatedBy()).isEqualTo(ADMIN);
            assertThat(view.recentTransactions().get(1).note()).isEqualTo("grant 12");
            assertThat(view.recentTransactions().get(9).note()).isEqualTo("grant 4");
        }

        @Test
        void anUnknownWalletIsNotFound() {
            assertThatThrownBy(() -> admin.view(SELLER))
                    .isInstanceOf(WalletNotFoundException.class)
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("Wallet not found for account 'seller-1'.");
        }
    }
}
