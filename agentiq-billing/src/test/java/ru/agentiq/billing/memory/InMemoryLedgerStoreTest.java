package ru.agentiq.billing.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.LedgerRequest;
import ru.agentiq.billing.ledger.LedgerStore;
import ru.agentiq.billing.ledger.LedgerStoreContract;
import ru.agentiq.billing.ledger.UnitOfWork;
import ru.agentiq.billing.ledger.WalletLockTimeoutException;

class InMemoryLedgerStoreTest extends LedgerStoreContract {

    @Override
    protected LedgerStore createStore() {
        return new InMemoryLedgerStore();
    }

    @Test
    void aUnitCannotBeUsedAfterItsWorkReturned() {
        AtomicReference<UnitOfWork> escaped = new AtomicReference<>();
        ledger.inUnitOfWork(unit -> {
            escaped.set(unit);
            return null;
        });
        assertThatThrownBy(() -> escaped.get().lockWallet(ALICE, clock.instant()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this unit of work has ended");
    }

    @Test
    void aUnitIsConfinedToItsThread() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            ledger.inUnitOfWork(unit -> {
                Future<?> elsewhere = other.submit(() -> unit.lockWallet(ALICE, clock.instant()));
                assertThatThrownBy(elsewhere::get).hasCauseInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("confined to the thread");
                return null;
            });
        } finally {
            other.shutdown();
        }
    }

    @Test
    void aUnitWaitingTooLongForAWalletGivesUpWithoutWriting() throws Exception {
        InMemoryLedgerStore impatient = new InMemoryLedgerStore(Duration.ofMillis(50));
        CreditLedger shortWait = CreditLedger.builder(impatient).clock(clock).build();
        LedgerRequest grant = LedgerRequest.grant(ALICE, Credits.of(1), IdempotencyKey.of("g"));
        whileAnotherUnitHolds(shortWait, ALICE, () -> assertThatThrownBy(() -> shortWait.post(grant))
                .isInstanceOfSatisfying(WalletLockTimeoutException.class, e -> assertThat(e.account()).isEqualTo(ALICE))
                .hasMessageContaining("another unit of work holds it"));
        assertThat(shortWait.wallet(ALICE).balance()).isEqualTo(Credits.ZERO);
    }

    @Test
    void rejectsANonPositiveLockTimeout() {
        assertThatThrownBy(() -> new InMemoryLedgerStore(Duration.ZERO))
                .hasMessage("lockTimeout must be positive, was PT0S");
    }
}
