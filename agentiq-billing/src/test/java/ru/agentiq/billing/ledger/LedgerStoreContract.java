package ru.agentiq.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ActorId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.TestClock;
import ru.agentiq.core.ValidationException;

/**
 * Conformance kit for {@link LedgerStore}: every rule of {@link CreditLedger}, run against the store a subclass
 * supplies. The in-memory store and the JDBC stores extend it, so all of them provably behave the same. Shipped in
 * this module's test jar for adapters written elsewhere.
 */
public abstract class LedgerStoreContract {

    protected static final AccountId ALICE = AccountId.of("alice");
    protected static final AccountId BOB = AccountId.of("bob");
    protected static final ActorId ADMIN = ActorId.of("admin-7");

    protected final TestClock clock = new TestClock("2026-03-02T10:00:00Z");
    protected LedgerStore store;
    protected CreditLedger ledger;

    /** A new, empty store. */
    protected abstract LedgerStore createStore();

    /** Releases what {@link #createStore()} acquired. */
    protected void closeStore(LedgerStore closing) {
    }

    /** Threads of the concurrency tests. */
    protected int threads() {
        return 32;
    }

    /** Threads of the reservation-mode concurrency test. */
    protected int reservationThreads() {
        return 4;
    }

    /** Holds each thread places in the reservation-mode concurrency test. */
    protected int holdsPerThread() {
        return 20;
    }

    /** Debits per thread in the concurrency tests. */
    protected int debitsPerThread() {
        return 1_000;
    }

    /**
     * Whether the store under test implements {@link LedgerStore#appendDebitIfNew}; the kit then insists the fast path
     * is taken where it applies, so a fast path that silently stops working fails here instead of only slowing down.
     */
    protected boolean appendsDebitsInOneStep() {
        return false;
    }

    @BeforeEach
    void openStore() {
        store = createStore();
        ledger = CreditLedger.builder(store).clock(clock).build();
    }

    @AfterEach
    void closeTheStore() {
        closeStore(store);
    }

    protected PostingResult grant(AccountId account, String amount, String key) {
        return ledger.post(LedgerRequest.grant(account, Credits.of(amount), IdempotencyKey.of(key)));
    }

    protected PostingResult debit(AccountId account, String amount, String key) {
        return ledger.post(LedgerRequest.debit(account, Credits.of(amount), IdempotencyKey.of(key)));
    }

    protected Credits balance(AccountId account) {
        return ledger.wallet(account).balance();
    }

    /**
     * Runs {@code check} while another thread holds {@code account}'s wallet locked in an open unit of work of
     * {@code holder}, and lets that unit commit afterwards: how a store's lock timeout is shown.
     */
    protected void whileAnotherUnitHolds(CreditLedger holder, AccountId account, Runnable check) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            other.submit(() -> holder.inUnitOfWork(unit -> {
                unit.lockWallet(account, clock.instant());
                locked.countDown();
                try {
                    done.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).as("the other unit locked the wallet").isTrue();
            check.run();
        } finally {
            done.countDown();
            other.shutdown();
        }
    }

    protected List<CreditTransaction> history(AccountId account) {
        return ledger.transactions(account, CreditLedger.MAX_PAGE_SIZE, 0).transactions();
    }

    @Nested
    class Wallets {
        @Test
        void createsAWalletLazilyAtZeroOnItsFirstWrite() {
            assertThat(ledger.findWallet(ALICE)).isEmpty();
            grant(ALICE, "5", "g1");
            Wallet wallet = ledger.findWallet(ALICE).orElseThrow();
            assertThat(wallet.balance()).isEqualTo(Credits.of(5));
            assertThat(wallet.held()).isEqualTo(Credits.ZERO);
            assertThat(wallet.createdAt()).isEqualTo(clock.instant());
        }

        @Test
        void readingAnUnknownWalletCreatesNothing() {
            assertThat(ledger.wallet(ALICE).balance()).isEqualTo(Credits.ZERO);
            assertThat(ledger.transactions(ALICE, 10, 0).total()).isZero();
            assertThat(ledger.findWallet(ALICE)).isEmpty();
        }

        @Test
        void aRefusedWriteCreatesNoWallet() {
            assertThatThrownBy(() -> debit(ALICE, "10000.01", "d1")).isInstanceOf(ValidationException.class);
            assertThat(ledger.findWallet(ALICE)).isEmpty();
        }

        @Test
        void lockingAWalletInACommittedUnitCreatesIt() {
            ledger.inUnitOfWork(unit -> unit.lockWallet(ALICE, clock.instant()));
            assertThat(ledger.findWallet(ALICE)).hasValueSatisfying(w -> assertThat(w.balance()).isEqualTo(Credits.ZERO));
        }

        @Test
        void updatedAtFollowsTheLastWrite() {
            grant(ALICE, "5", "g1");
            clock.advance(Duration.ofMinutes(3));
            debit(ALICE, "1", "d1");
            Wallet wallet = ledger.findWallet(ALICE).orElseThrow();
            assertThat(wallet.updatedAt()).isEqualTo(clock.instant());
            assertThat(wallet.createdAt()).isEqualTo(clock.instant().minus(Duration.ofMinutes(3)));
        }
    }

    @Nested
    class Postings {
        @Test
        void grantAddsCreditsAndRecordsTheBalanceAfter() {
            PostingResult result = grant(ALICE, "5.25", "g1");
            assertThat(result.replayed()).isFalse();
            CreditTransaction t = result.transaction();
            assertThat(t.kind()).isEqualTo(TransactionKind.GRANT);
            assertThat(t.amount()).isEqualTo(Credits.of("5.25"));
            assertThat(t.balanceAfter()).isEqualTo(Credits.of("5.25"));
            assertThat(t.account()).isEqualTo(ALICE);
            assertThat(t.createdAt()).isEqualTo(clock.instant());
        }

        @Test
        void debitIsStoredNegativeAndMayOverdraw() {
            grant(ALICE, "1", "g1");
            CreditTransaction t = debit(ALICE, "1.5", "d1").transaction();
            assertThat(t.kind()).isEqualTo(TransactionKind.DEBIT);
            assertThat(t.amount()).isEqualTo(Credits.of("-1.5"));
            assertThat(t.balanceAfter()).isEqualTo(Credits.of("-0.5"));
            assertThat(balance(ALICE)).isEqualTo(Credits.of("-0.5"));
        }

        @Test
        void recordsWhoGrantedByHandAndNobodyForSystemWrites() {
            CreditTransaction adminGrant = ledger.post(LedgerRequest.grant(ALICE, Credits.of(5), IdempotencyKey.of("g1"))
                    .withInitiatedBy(ADMIN).withNote("welcome")).transaction();
            CreditTransaction debit = debit(ALICE, "1", "d1").transaction();
            assertThat(adminGrant.initiatedBy()).isEqualTo(ADMIN);
            assertThat(adminGrant.note()).isEqualTo("welcome");
            assertThat(debit.initiatedBy()).isNull();
        }

        @Test
        void keepsReferenceAndNote() {
            CreditTransaction t = ledger.post(LedgerRequest.debit(ALICE, Credits.of("0.0125"), IdempotencyKey.of("turn-1"))
                    .withReferenceId("turn-1").withNote("turn:turn-1")).transaction();
            assertThat(t.referenceId()).isEqualTo("turn-1");
            assertThat(t.note()).isEqualTo("turn:turn-1");
            assertThat(t.idempotencyKey()).isEqualTo(IdempotencyKey.of("turn-1"));
            assertThat(ledger.findTransaction(ALICE, t.id())).contains(t);
        }

        @Test
        void keepsTheSmallestAmountExactly() {
            grant(ALICE, "0.00000001", "g1");
            grant(ALICE, "0.00000002", "g2");
            assertThat(balance(ALICE)).isEqualTo(Credits.of("0.00000003"));
        }

        @Test
        void rejectsADebitAboveTheLargestAllowed() {
            assertThatThrownBy(() -> debit(ALICE, "10000.01", "d1"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("amount must be at most 10000, was 10000.01");
            assertThat(debit(ALICE, "10000", "d2").transaction().amount()).isEqualTo(Credits.of(-10000));
        }

        @Test
        void rejectsNonPositiveAmountsNamingThem() {
            assertThatThrownBy(() -> debit(ALICE, "0", "d1")).hasMessage("amount must be greater than 0, was 0");
            assertThatThrownBy(() -> grant(ALICE, "-1", "g1")).hasMessage("amount must be greater than 0, was -1");
        }

        @Test
        void idsIncreaseWithinAWallet() {
            long first = grant(ALICE, "1", "g1").transaction().id().value();
            long second = debit(ALICE, "1", "d1").transaction().id().value();
            assertThat(second).isGreaterThan(first);
        }
    }

    @Nested
    class Idempotency {
        @Test
        void theSameKeyAndContentReturnsTheOriginalWithoutWriting() {
            PostingResult first = debit(ALICE, "2", "turn-1");
            clock.advance(Duration.ofSeconds(30));
            PostingResult retry = debit(ALICE, "2", "turn-1");
            assertThat(retry.replayed()).isTrue();
            assertThat(retry.transaction()).isEqualTo(first.transaction());
            assertThat(balance(ALICE)).isEqualTo(Credits.of(-2));
            assertThat(history(ALICE)).hasSize(1);
        }

        @Test
        void theSameKeyWithAnotherAmountIsAConflictNamingTheDifference() {
            debit(ALICE, "2", "turn-1");
            assertThatThrownBy(() -> debit(ALICE, "3", "turn-1"))
                    .isInstanceOf(IdempotencyConflictException.class)
                    .hasMessageContaining("idempotency key 'turn-1' of account 'alice'")
                    .hasMessageContaining("amount -3 instead of -2");
            assertThat(balance(ALICE)).isEqualTo(Credits.of(-2));
        }

        @Test
        void theSameKeyForAnotherKindIsAConflict() {
            debit(ALICE, "2", "k");
            assertThatThrownBy(() -> grant(ALICE, "2", "k"))
                    .isInstanceOf(IdempotencyConflictException.class)
                    .hasMessageContaining("kind grant instead of debit");
        }

        @Test
        void theSameKeyWithAnotherNoteOrInitiatorIsAConflict() {
            ledger.post(LedgerRequest.grant(ALICE, Credits.of(1), IdempotencyKey.of("g")).withInitiatedBy(ADMIN));
            assertThatThrownBy(() -> ledger.post(LedgerRequest.grant(ALICE, Credits.of(1), IdempotencyKey.of("g"))))
                    .isInstanceOf(IdempotencyConflictException.class)
                    .hasMessageContaining("initiatedBy none instead of admin-7");
            assertThatThrownBy(() -> ledger.post(LedgerRequest.grant(ALICE, Credits.of(1), IdempotencyKey.of("g"))
                    .withInitiatedBy(ADMIN).withNote("x")))
                    .hasMessageContaining("note 'x' instead of none");
        }

        @Test
        void keysAreScopedToTheirWallet() {
            debit(ALICE, "2", "turn-1");
            PostingResult bobs = debit(BOB, "3", "turn-1");
            assertThat(bobs.replayed()).isFalse();
            assertThat(balance(BOB)).isEqualTo(Credits.of(-3));
        }

        @Test
        void aKeyThatPlacedAHoldCannotPostAnEntry() {
            grant(ALICE, "5", "g");
            ledger.hold(HoldRequest.of(ALICE, Credits.of(1), IdempotencyKey.of("h")));
            assertThatThrownBy(() -> debit(ALICE, "1", "h"))
                    .isInstanceOf(IdempotencyConflictException.class)
                    .hasMessageContaining("already belongs to a hold");
        }

        @Test
        void theConflictCarriesAccountAndKey() {
            debit(ALICE, "2", "turn-1");
            assertThatThrownBy(() -> debit(ALICE, "3", "turn-1"))
                    .isInstanceOfSatisfying(IdempotencyConflictException.class, e -> {
                        assertThat(e.account()).isEqualTo(ALICE);
                        assertThat(e.key()).isEqualTo(IdempotencyKey.of("turn-1"));
                    });
        }
    }

    @Nested
    class Refunds {
        @Test
        void aRefundGivesBackPartOfADebit() {
            grant(ALICE, "10", "g");
            CreditTransaction debit = debit(ALICE, "4", "d").transaction();
            CreditTransaction refund = ledger.post(LedgerRequest.refund(ALICE, debit.id(), Credits.of("1.5"),
                    IdempotencyKey.of("r1"))).transaction();
            assertThat(refund.kind()).isEqualTo(TransactionKind.REFUND);
            assertThat(refund.amount()).isEqualTo(Credits.of("1.5"));
            assertThat(refund.refundOf()).isEqualTo(debit.id());
            assertThat(balance(ALICE)).isEqualTo(Credits.of("7.5"));
        }

        @Test
        void refundsOfADebitNeverAddUpToMoreThanIt() {
            CreditTransaction debit = debit(ALICE, "4", "d").transaction();
            ledger.post(LedgerRequest.refund(ALICE, debit.id(), Credits.of(3), IdempotencyKey.of("r1")));
            assertThatThrownBy(() -> ledger.post(LedgerRequest.refund(ALICE, debit.id(), Credits.of("1.00000001"),
                    IdempotencyKey.of("r2"))))
                    .isInstanceOfSatisfying(RefundLimitExceededException.class, e -> {
                        assertThat(e.refundable()).isEqualTo(Credits.of(1));
                        assertThat(e.debit()).isEqualTo(debit.id());
                    })
                    .hasMessage("refund of 1.00000001 exceeds the 1 still refundable of debit " + debit.id());
            ledger.post(LedgerRequest.refund(ALICE, debit.id(), Credits.of(1), IdempotencyKey.of("r3")));
            assertThat(balance(ALICE)).isEqualTo(Credits.ZERO);
        }

        @Test
        void aRetriedRefundIsNotCountedTwice() {
            CreditTransaction debit = debit(ALICE, "4", "d").transaction();
            LedgerRequest refund = LedgerRequest.refund(ALICE, debit.id(), Credits.of(4), IdempotencyKey.of("r1"));
            ledger.post(refund);
            assertThat(ledger.post(refund).replayed()).isTrue();
            assertThat(balance(ALICE)).isEqualTo(Credits.ZERO);
        }

        @Test
        void aRefundMustNameADebitOfTheSameWallet() {
            CreditTransaction bobsDebit = debit(BOB, "4", "d").transaction();
            assertThatThrownBy(() -> ledger.post(LedgerRequest.refund(ALICE, bobsDebit.id(), Credits.of(1),
                    IdempotencyKey.of("r1"))))
                    .isInstanceOf(TransactionNotFoundException.class);
            assertThat(ledger.findWallet(ALICE)).isEmpty();
        }

        @Test
        void aGrantCannotBeRefunded() {
            CreditTransaction grant = grant(ALICE, "4", "g").transaction();
            assertThatThrownBy(() -> ledger.post(LedgerRequest.refund(ALICE, grant.id(), Credits.of(1),
                    IdempotencyKey.of("r1"))))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("a refund must name a debit, transaction " + grant.id() + " is a grant");
        }
    }

    @Nested
    class Adjustments {
        @Test
        void anAdjustmentMayGoEitherWayAndIsAttributed() {
            grant(ALICE, "5", "g");
            CreditTransaction down = ledger.post(LedgerRequest.adjustment(ALICE, Credits.of(-2), IdempotencyKey.of("a1"),
                    ADMIN, "double grant")).transaction();
            ledger.post(LedgerRequest.adjustment(ALICE, Credits.of("0.5"), IdempotencyKey.of("a2"), ADMIN, "goodwill"));
            assertThat(down.kind()).isEqualTo(TransactionKind.ADJUSTMENT);
            assertThat(down.initiatedBy()).isEqualTo(ADMIN);
            assertThat(down.note()).isEqualTo("double grant");
            assertThat(balance(ALICE)).isEqualTo(Credits.of("3.5"));
        }

        @Test
        void anAdjustmentNeedsAnAdministratorAndAReason() {
            assertThatThrownBy(() -> LedgerRequest.adjustment(ALICE, Credits.of(1), IdempotencyKey.of("a"), null, "x"))
                    .hasMessage("initiatedBy is required");
            assertThatThrownBy(() -> LedgerRequest.adjustment(ALICE, Credits.of(1), IdempotencyKey.of("a"), ADMIN, " "))
                    .hasMessage("note is required and must not be blank");
            assertThatThrownBy(() -> LedgerRequest.adjustment(ALICE, Credits.ZERO, IdempotencyKey.of("a"), ADMIN, "x"))
                    .hasMessage("amount of an adjustment must not be zero");
        }
    }

    @Nested
    class Holds {
        @BeforeEach
        void fund() {
            grant(ALICE, "10", "funding");
        }

        private Hold hold(String amount, String key) {
            return ledger.hold(HoldRequest.of(ALICE, Credits.of(amount), IdempotencyKey.of(key))).hold();
        }

        @Test
        void aHoldLowersWhatIsAvailableButNotTheBalance() {
            Hold hold = hold("3", "h1");
            Wallet wallet = ledger.wallet(ALICE);
            assertThat(hold.status()).isEqualTo(HoldStatus.HELD);
            assertThat(hold.expiresAt()).isEqualTo(clock.instant().plus(CreditLedger.DEFAULT_HOLD_TTL));
            assertThat(wallet.balance()).isEqualTo(Credits.of(10));
            assertThat(wallet.held()).isEqualTo(Credits.of(3));
            assertThat(wallet.available()).isEqualTo(Credits.of(7));
            assertThat(history(ALICE)).hasSize(1);
        }

        @Test
        void aHoldBeyondWhatIsAvailableIsRefusedWithTheSeedMessage() {
            hold("8", "h1");
            assertThatThrownBy(() -> hold("2.00000001", "h2"))
                    .isInstanceOfSatisfying(InsufficientCreditsException.class, e -> {
                        assertThat(e.available()).isEqualTo(Credits.of(2));
                        assertThat(e.required()).contains(Credits.of("2.00000001"));
                        assertThat(e.account()).isEqualTo(ALICE);
                    })
                    .hasMessage("Insufficient credits. Please top up your account.");
            assertThat(hold("2", "h3").amount()).isEqualTo(Credits.of(2));
        }

        @Test
        void captureDebitsTheActualCostUnderTheHoldsKey() {
            Hold hold = hold("3", "h1");
            CaptureResult capture = ledger.capture(ALICE, hold.id(), Credits.of("1.25"));
            assertThat(capture.replayed()).isFalse();
            assertThat(capture.charged()).isEqualTo(Credits.of("1.25"));
            assertThat(capture.shortfall()).isEqualTo(Credits.ZERO);
            assertThat(capture.debit().amount()).isEqualTo(Credits.of("-1.25"));
            assertThat(capture.debit().idempotencyKey()).isEqualTo(IdempotencyKey.of("h1"));
            assertThat(capture.balanceAfter()).isEqualTo(Credits.of("8.75"));
            assertThat(capture.hold().status()).isEqualTo(HoldStatus.CAPTURED);
            assertThat(capture.hold().transactionId()).isEqualTo(capture.debit().id());
            Wallet wallet = ledger.wallet(ALICE);
            assertThat(wallet.held()).isEqualTo(Credits.ZERO);
            assertThat(wallet.balance()).isEqualTo(Credits.of("8.75"));
            assertThat(ledger.findHold(ALICE, hold.id())).contains(capture.hold());
        }

        @Test
        void aCaptureAboveTheEstimateTakesOnlyWhatTheWalletHasLeft() {
            Hold other = hold("4", "h0");
            Hold hold = hold("3", "h1");
            CaptureResult capture = ledger.capture(ALICE, hold.id(), Credits.of(9));
            assertThat(capture.charged()).isEqualTo(Credits.of(6));
            assertThat(capture.shortfall()).isEqualTo(Credits.of(3));
            assertThat(capture.balanceAfter()).isEqualTo(Credits.of(4));
            assertThat(ledger.wallet(ALICE).available()).isEqualTo(Credits.ZERO);
            assertThat(ledger.capture(ALICE, other.id(), Credits.of(4)).balanceAfter()).isEqualTo(Credits.ZERO);
        }

        @Test
        void aCaptureOfNothingWritesNoDebit() {
            Hold hold = hold("3", "h1");
            CaptureResult capture = ledger.capture(ALICE, hold.id(), Credits.ZERO);
            assertThat(capture.debitTransaction()).isEmpty();
            assertThat(capture.hold().status()).isEqualTo(HoldStatus.CAPTURED);
            assertThat(history(ALICE)).hasSize(1);
            assertThat(ledger.wallet(ALICE).available()).isEqualTo(Credits.of(10));
        }

        @Test
        void aRepeatedCaptureReturnsTheOriginalAndAnotherCostConflicts() {
            Hold hold = hold("3", "h1");
            CaptureResult first = ledger.capture(ALICE, hold.id(), Credits.of(2));
            CaptureResult again = ledger.capture(ALICE, hold.id(), Credits.of(2));
            assertThat(again.replayed()).isTrue();
            assertThat(again.debit()).isEqualTo(first.debit());
            assertThat(balance(ALICE)).isEqualTo(Credits.of(8));
            assertThatThrownBy(() -> ledger.capture(ALICE, hold.id(), Credits.of("2.5")))
                    .isInstanceOf(IdempotencyConflictException.class)
                    .hasMessageContaining("already captured for 2, this capture reported 2.5");
        }

        @Test
        void releaseGivesTheReservationBackAndMayBeRepeated() {
            Hold hold = hold("3", "h1");
            Hold released = ledger.release(ALICE, hold.id());
            assertThat(released.status()).isEqualTo(HoldStatus.RELEASED);
            assertThat(released.resolvedAt()).isEqualTo(clock.instant());
            assertThat(ledger.wallet(ALICE).available()).isEqualTo(Credits.of(10));
            assertThat(ledger.release(ALICE, hold.id())).isEqualTo(released);
            assertThat(history(ALICE)).hasSize(1);
        }

        @Test
        void aCapturedHoldCannotBeReleasedNorAReleasedOneCaptured() {
            Hold captured = hold("3", "h1");
            ledger.capture(ALICE, captured.id(), Credits.of(1));
            assertThatThrownBy(() -> ledger.release(ALICE, captured.id()))
                    .isInstanceOf(HoldStateException.class)
                    .hasMessageContaining("cannot be released");
            Hold released = hold("3", "h2");
            ledger.release(ALICE, released.id());
            assertThatThrownBy(() -> ledger.capture(ALICE, released.id(), Credits.of(1)))
                    .isInstanceOfSatisfying(HoldStateException.class,
                            e -> assertThat(e.hold().status()).isEqualTo(HoldStatus.RELEASED))
                    .hasMessageContaining("cannot be captured");
        }

        @Test
        void anExpiredHoldStopsCountingButCanStillBeCaptured() {
            Hold hold = ledger.hold(HoldRequest.of(ALICE, Credits.of(6), IdempotencyKey.of("h1"))
                    .withTtl(Duration.ofMinutes(1))).hold();
            assertThat(ledger.wallet(ALICE).available()).isEqualTo(Credits.of(4));
            clock.advance(Duration.ofMinutes(1));
            assertThat(ledger.wallet(ALICE).available()).isEqualTo(Credits.of(10));
            assertThat(ledger.capture(ALICE, hold.id(), Credits.of(2)).balanceAfter()).isEqualTo(Credits.of(8));
        }

        @Test
        void aRepeatedHoldReturnsTheOriginalAndAnotherAmountConflicts() {
            Hold first = hold("3", "h1");
            HoldResult again = ledger.hold(HoldRequest.of(ALICE, Credits.of(3), IdempotencyKey.of("h1")));
            assertThat(again.replayed()).isTrue();
            assertThat(again.hold()).isEqualTo(first);
            assertThat(ledger.wallet(ALICE).held()).isEqualTo(Credits.of(3));
            assertThatThrownBy(() -> hold("4", "h1"))
                    .isInstanceOf(IdempotencyConflictException.class)
                    .hasMessageContaining("amount 4 instead of 3");
        }

        @Test
        void aKeyUsedByAnEntryCannotPlaceAHold() {
            assertThatThrownBy(() -> hold("1", "funding"))
                    .isInstanceOf(IdempotencyConflictException.class)
                    .hasMessageContaining("already belongs to a transaction");
        }

        @Test
        void holdsOfAnotherWalletAreNotFound() {
            Hold hold = hold("1", "h1");
            assertThatThrownBy(() -> ledger.capture(BOB, hold.id(), Credits.of(1)))
                    .isInstanceOf(HoldNotFoundException.class);
            assertThatThrownBy(() -> ledger.release(BOB, hold.id())).isInstanceOf(HoldNotFoundException.class);
            assertThat(ledger.findHold(BOB, hold.id())).isEmpty();
        }

        @Test
        void aHoldAboveTheLargestDebitIsRejected() {
            grant(ALICE, "20000", "more");
            assertThatThrownBy(() -> hold("10000.01", "h1"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("amount must be at most 10000, was 10000.01");
        }
    }

    @Nested
    class UnitsOfWork {
        @Test
        void writesOfOneUnitCommitTogether() {
            ledger.inUnitOfWork(unit -> {
                ledger.post(unit, LedgerRequest.grant(ALICE, Credits.of(5), IdempotencyKey.of("g")));
                ledger.post(unit, LedgerRequest.debit(ALICE, Credits.of(2), IdempotencyKey.of("d")));
                ledger.post(unit, LedgerRequest.grant(BOB, Credits.of(1), IdempotencyKey.of("g")));
                return null;
            });
            assertThat(balance(ALICE)).isEqualTo(Credits.of(3));
            assertThat(balance(BOB)).isEqualTo(Credits.of(1));
        }

        @Test
        void aUnitSeesItsOwnWrites() {
            ledger.inUnitOfWork(unit -> {
                CreditTransaction g = ledger.post(unit, LedgerRequest.grant(ALICE, Credits.of(5),
                        IdempotencyKey.of("g"))).transaction();
                assertThat(unit.lockWallet(ALICE, clock.instant()).balance()).isEqualTo(Credits.of(5));
                assertThat(unit.findTransaction(ALICE, g.id())).contains(g);
                assertThat(ledger.post(unit, LedgerRequest.grant(ALICE, Credits.of(5), IdempotencyKey.of("g")))
                        .replayed()).isTrue();
                return null;
            });
        }

        @Test
        void aFailureRollsBackEveryWriteOfTheUnitIncludingNewWallets() {
            grant(ALICE, "5", "g0");
            assertThatThrownBy(() -> ledger.inUnitOfWork(unit -> {
                ledger.post(unit, LedgerRequest.debit(ALICE, Credits.of(2), IdempotencyKey.of("d")));
                ledger.post(unit, LedgerRequest.grant(BOB, Credits.of(1), IdempotencyKey.of("g")));
                throw new IllegalStateException("the caller's row failed");
            })).hasMessage("the caller's row failed");
            assertThat(balance(ALICE)).isEqualTo(Credits.of(5));
            assertThat(history(ALICE)).hasSize(1);
            assertThat(ledger.findWallet(BOB)).isEmpty();
            assertThat(debit(ALICE, "2", "d").replayed()).isFalse();
        }

        @Test
        void participantsCommitAfterTheLedgerAndRollBackWithIt() {
            List<String> calls = new ArrayList<>();
            ledger.inUnitOfWork(unit -> {
                unit.enlist(recording(calls, "a", false));
                ledger.post(unit, LedgerRequest.grant(ALICE, Credits.of(5), IdempotencyKey.of("g")));
                return null;
            });
            assertThat(calls).containsExactly("a.prepare", "a.commit");
            calls.clear();
            assertThatThrownBy(() -> ledger.inUnitOfWork(unit -> {
                unit.enlist(recording(calls, "b", false));
                throw new IllegalStateException("boom");
            }));
            assertThat(calls).containsExactly("b.rollback");
        }

        @Test
        void aParticipantThatFailsToPrepareRollsTheLedgerBack() {
            List<String> calls = new ArrayList<>();
            assertThatThrownBy(() -> ledger.inUnitOfWork(unit -> {
                unit.enlist(recording(calls, "a", false));
                unit.enlist(recording(calls, "b", true));
                ledger.post(unit, LedgerRequest.grant(ALICE, Credits.of(5), IdempotencyKey.of("g")));
                return null;
            })).hasMessage("b refuses");
            assertThat(calls).containsExactly("a.prepare", "b.prepare", "a.rollback", "b.rollback");
            assertThat(ledger.findWallet(ALICE)).isEmpty();
        }

        @Test
        void workJoinedToAnOpenUnitCommitsWithIt() {
            ledger.inUnitOfWork(unit -> {
                ledger.post(LedgerRequest.grant(ALICE, Credits.of(5), IdempotencyKey.of("g")));
                ledger.post(unit, LedgerRequest.debit(ALICE, Credits.of(1), IdempotencyKey.of("d")));
                return null;
            });
            assertThat(balance(ALICE)).isEqualTo(Credits.of(4));
            assertThat(history(ALICE)).extracting(CreditTransaction::balanceAfter)
                    .containsExactly(Credits.of(4), Credits.of(5));
        }

        @Test
        void aCaughtFailureOfJoinedWorkStillRollsTheUnitBack() {
            assertThatThrownBy(() -> ledger.inUnitOfWork(unit -> {
                ledger.post(unit, LedgerRequest.grant(ALICE, Credits.of(5), IdempotencyKey.of("g")));
                try {
                    ledger.post(LedgerRequest.debit(ALICE, Credits.of(20_000), IdempotencyKey.of("d")));
                } catch (ValidationException expected) {
                    // swallowed on purpose: the unit must not commit half of its work
                }
                return null;
            })).isInstanceOf(LedgerException.class).hasMessageContaining("rolled back");
            assertThat(ledger.findWallet(ALICE)).isEmpty();
        }

        @Test
        void rollbackOnlyDiscardsTheWritesQuietly() {
            String result = ledger.inUnitOfWork(unit -> {
                ledger.post(unit, LedgerRequest.grant(ALICE, Credits.of(5), IdempotencyKey.of("g")));
                unit.setRollbackOnly();
                return "dry run";
            });
            assertThat(result).isEqualTo("dry run");
            assertThat(ledger.findWallet(ALICE)).isEmpty();
        }

        @Test
        void lockWalletsLocksInAscendingOrder() {
            List<Wallet> wallets = ledger.inUnitOfWork(unit ->
                    unit.lockWallets(List.of(BOB, ALICE, BOB), clock.instant()));
            assertThat(wallets).extracting(Wallet::account).containsExactly(ALICE, BOB);
        }

        @Test
        void readsOutsideTheUnitSeeOnlyCommittedData() {
            grant(ALICE, "5", "g");
            ledger.inUnitOfWork(unit -> {
                ledger.post(unit, LedgerRequest.debit(ALICE, Credits.of(2), IdempotencyKey.of("d")));
                assertThat(store.findWallet(ALICE, clock.instant()).orElseThrow().balance()).isEqualTo(Credits.of(5));
                assertThat(store.countTransactions(ALICE)).isEqualTo(1);
                return null;
            });
            assertThat(balance(ALICE)).isEqualTo(Credits.of(3));
        }

        @Test
        void theUnitMustLockAWalletBeforeTouchingIt() {
            assertThatThrownBy(() -> ledger.inUnitOfWork(unit ->
                    unit.findTransactionByKey(ALICE, IdempotencyKey.of("k"))))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("lockWallet");
        }

        private UnitOfWork.Participant recording(List<String> calls, String name, boolean failPrepare) {
            return new UnitOfWork.Participant() {
                @Override
                public void prepare() {
                    calls.add(name + ".prepare");
                    if (failPrepare) {
                        throw new IllegalStateException(name + " refuses");
                    }
                }

                @Override
                public void commit() {
                    calls.add(name + ".commit");
                }

                @Override
                public void rollback() {
                    calls.add(name + ".rollback");
                }
            };
        }
    }

    @Nested
    class DebitFastPath {
        private NewCreditTransaction newDebit(AccountId account, String amount, String key) {
            return LedgerRequest.debit(account, Credits.of(amount), IdempotencyKey.of(key)).toEntry(clock.instant());
        }

        @Test
        void appendsANewDebitToAnExistingWalletInOneStepWhenTheStoreHasOne() {
            grant(ALICE, "10", "g1");

            Optional<CreditTransaction> appended = store.appendDebitIfNew(newDebit(ALICE, "2.5", "d1"));

            assertThat(appended.isPresent()).isEqualTo(appendsDebitsInOneStep());
            if (appended.isPresent()) {
                CreditTransaction debit = appended.get();
                assertThat(debit.kind()).isEqualTo(TransactionKind.DEBIT);
                assertThat(debit.amount()).isEqualTo(Credits.of("-2.5"));
                assertThat(debit.balanceAfter()).isEqualTo(Credits.of("7.5"));
                assertThat(debit.createdAt()).isEqualTo(clock.instant());
                assertThat(ledger.findTransaction(ALICE, debit.id())).contains(debit);
                assertThat(balance(ALICE)).isEqualTo(Credits.of("7.5"));
                assertLedgerConsistent(ALICE);
            }
        }

        @Test
        void aRepeatedDebitThroughTheLedgerReplaysWhicheverPathWroteIt() {
            grant(ALICE, "10", "g1");
            PostingResult first = debit(ALICE, "2", "d1");
            PostingResult again = debit(ALICE, "2", "d1");

            assertThat(first.replayed()).isFalse();
            assertThat(again.replayed()).isTrue();
            assertThat(again.transaction()).isEqualTo(first.transaction());
            assertThat(balance(ALICE)).isEqualTo(Credits.of(8));
        }

        @Test
        void writesNothingForAKeyAnEntryAlreadyUses() {
            grant(ALICE, "10", "g1");

            assertThat(store.appendDebitIfNew(newDebit(ALICE, "2", "g1"))).isEmpty();

            assertThat(balance(ALICE)).isEqualTo(Credits.of(10));
            assertThat(history(ALICE)).hasSize(1);
        }

        @Test
        void writesNothingForAKeyAHoldAlreadyUses() {
            grant(ALICE, "10", "g1");
            ledger.hold(HoldRequest.of(ALICE, Credits.of(3), IdempotencyKey.of("h1")));

            assertThat(store.appendDebitIfNew(newDebit(ALICE, "2", "h1"))).isEmpty();

            assertThat(balance(ALICE)).isEqualTo(Credits.of(10));
            assertThat(history(ALICE)).hasSize(1);
            assertThatThrownBy(() -> debit(ALICE, "2", "h1")).isInstanceOf(IdempotencyConflictException.class)
                    .hasMessageContaining("already belongs to a hold");
        }

        @Test
        void createsNoWallet() {
            assertThat(store.appendDebitIfNew(newDebit(ALICE, "2", "d1"))).isEmpty();

            assertThat(ledger.findWallet(ALICE)).isEmpty();
        }

        @Test
        void isNotTakenInsideAnOpenUnitSoTheDebitCommitsWithIt() {
            grant(ALICE, "10", "g1");

            ledger.inUnitOfWork(unit -> {
                unit.lockWallet(ALICE, clock.instant());
                assertThat(store.appendDebitIfNew(newDebit(ALICE, "2", "d1"))).isEmpty();
                ledger.post(LedgerRequest.debit(ALICE, Credits.of(2), IdempotencyKey.of("d2")));
                unit.setRollbackOnly();
                return null;
            });

            assertThat(balance(ALICE)).isEqualTo(Credits.of(10));
            assertThat(history(ALICE)).hasSize(1);
        }
    }

    @Nested
    class History {
        @Test
        void listsNewestFirstWithTheTotal() {
            grant(ALICE, "5", "g");
            debit(ALICE, "1", "d1");
            debit(ALICE, "2", "d2");
            TransactionPage page = ledger.transactions(ALICE, 2, 0);
            assertThat(page.total()).isEqualTo(3);
            assertThat(page.transactions()).extracting(t -> t.idempotencyKey().value()).containsExactly("d2", "d1");
            assertThat(ledger.transactions(ALICE, 2, 2).transactions()).extracting(t -> t.idempotencyKey().value())
                    .containsExactly("g");
            assertThat(ledger.transactions(ALICE, 2, 3).transactions()).isEmpty();
        }

        @Test
        void listsOnlyTheAccountsOwnEntries() {
            grant(ALICE, "5", "g");
            grant(BOB, "7", "g");
            assertThat(history(ALICE)).extracting(CreditTransaction::account).containsOnly(ALICE);
            assertThat(ledger.transactions(BOB, 10, 0).total()).isEqualTo(1);
            CreditTransaction bobs = history(BOB).get(0);
            assertThat(ledger.findTransaction(ALICE, bobs.id())).isEmpty();
        }

        @Test
        void rejectsPageSizesOutsideTheBounds() {
            assertThatThrownBy(() -> ledger.transactions(ALICE, 0, 0)).hasMessage("limit must be 1..200, was 0");
            assertThatThrownBy(() -> ledger.transactions(ALICE, 201, 0)).hasMessage("limit must be 1..200, was 201");
            assertThatThrownBy(() -> ledger.transactions(ALICE, 10, -1)).hasMessage("offset must not be negative, was -1");
        }

        @Test
        void theBalanceIsAlwaysTheSumOfTheEntriesAndEachBalanceAfterTheRunningSum() {
            grant(ALICE, "5", "g");
            debit(ALICE, "1.25", "d1");
            CreditTransaction d2 = debit(ALICE, "7", "d2").transaction();
            ledger.post(LedgerRequest.refund(ALICE, d2.id(), Credits.of(3), IdempotencyKey.of("r")));
            assertLedgerConsistent(ALICE);
        }
    }

    @Nested
    class Concurrency {
        @Test
        void concurrentDebitsOfOneWalletWithRetriedKeysLoseNothingAndCountNothingTwice() throws Exception {
            runConcurrentDebits(1);
        }

        @Test
        void concurrentDebitsAcrossAThousandWalletsWithRetriedKeysLoseNothingAndCountNothingTwice()
                throws Exception {
            runConcurrentDebits(1_000);
        }

        /**
         * Every thread debits {@link #debitsPerThread()} times; one write in four repeats the key (and content) of a
         * write another thread makes, as a client retrying after a timeout would. Amounts depend on the key only.
         */
        private void runConcurrentDebits(int wallets) throws Exception {
            int threads = threads();
            int perThread = debitsPerThread();
            AtomicInteger written = new AtomicInteger();
            AtomicInteger replayed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < perThread; i++) {
                            int key = i % 4 == 3 ? ((thread + 1) % threads) * perThread + i - 1 : thread * perThread + i;
                            PostingResult result = ledger.post(LedgerRequest.debit(wallet(key, wallets),
                                    amount(key), IdempotencyKey.of("k" + key)));
                            (result.replayed() ? replayed : written).incrementAndGet();
                        }
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } finally {
                pool.shutdown();
            }
            Set<Integer> distinct = new HashSet<>();
            for (int thread = 0; thread < threads; thread++) {
                for (int i = 0; i < perThread; i++) {
                    distinct.add(i % 4 == 3 ? ((thread + 1) % threads) * perThread + i - 1 : thread * perThread + i);
                }
            }
            assertThat(written.get()).isEqualTo(distinct.size());
            assertThat(written.get() + replayed.get()).isEqualTo(threads * perThread);
            java.util.Map<AccountId, Credits> expected = new java.util.HashMap<>();
            for (int key : distinct) {
                expected.merge(wallet(key, wallets), amount(key).negate(), Credits::plus);
            }
            long entries = 0;
            for (var entry : expected.entrySet()) {
                assertThat(balance(entry.getKey())).as("balance of %s", entry.getKey()).isEqualTo(entry.getValue());
                entries += ledger.transactions(entry.getKey(), 1, 0).total();
                assertLedgerConsistent(entry.getKey());
            }
            assertThat(entries).isEqualTo(distinct.size());
        }

        /**
         * Reservation mode under contention: every thread places holds of 30 on one wallet of 100 (so at most three
         * fit at once and some are refused), offers each hold to a rival that tries to release it while the owner
         * captures it with a cost at most its amount, and retries both calls. The wallet must never hold more than
         * its balance nor go below zero, every placed hold must end captured or released by exactly one caller, and
         * the balance must end at the grant less the captured costs.
         */
        @Test
        void concurrentHoldsCapturesAndReleasesOfOneWalletResolveEveryHoldExactlyOnce() throws Exception {
            Credits funding = Credits.of(100);
            Credits reserve = Credits.of(30);
            grant(ALICE, "100", "funding");
            int threads = reservationThreads();
            int perThread = holdsPerThread();
            java.util.concurrent.ConcurrentLinkedQueue<HoldId> offered = new java.util.concurrent.ConcurrentLinkedQueue<>();
            java.util.Map<HoldId, Credits> captured = new java.util.concurrent.ConcurrentHashMap<>();
            Set<HoldId> released = java.util.concurrent.ConcurrentHashMap.newKeySet();
            Set<HoldId> placed = java.util.concurrent.ConcurrentHashMap.newKeySet();
            AtomicInteger refused = new AtomicInteger();
            List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < perThread; i++) {
                            String key = "hold-" + thread + "-" + i;
                            Hold hold;
                            try {
                                hold = ledger.hold(HoldRequest.of(ALICE, reserve, IdempotencyKey.of(key))).hold();
                            } catch (InsufficientCreditsException e) {
                                refused.incrementAndGet();
                                continue;
                            }
                            placed.add(hold.id());
                            offered.add(hold.id());
                            HoldId rival = offered.poll();
                            if (rival != null) {
                                try {
                                    ledger.release(ALICE, rival);
                                    if (!released.add(rival)) {
                                        violations.add("released twice: " + rival);
                                    }
                                    assertThat(ledger.release(ALICE, rival).status()).isEqualTo(HoldStatus.RELEASED);
                                } catch (HoldStateException e) {
                                    assertThat(e.hold().status()).isEqualTo(HoldStatus.CAPTURED);
                                }
                            }
                            Credits cost = Credits.of("0.0" + (1 + (thread * perThread + i) % 9) + "000001");
                            try {
                                CaptureResult capture = ledger.capture(ALICE, hold.id(), cost);
                                assertThat(capture.charged()).as("a cost within the hold is charged in full")
                                        .isEqualTo(cost);
                                if (capture.replayed() || captured.putIfAbsent(hold.id(), cost) != null) {
                                    violations.add("captured twice: " + hold.id());
                                }
                                assertThat(ledger.capture(ALICE, hold.id(), cost).replayed()).isTrue();
                            } catch (HoldStateException e) {
                                assertThat(e.hold().status()).isEqualTo(HoldStatus.RELEASED);
                            }
                            Wallet wallet = ledger.wallet(ALICE);
                            if (wallet.balance().isNegative() || wallet.held().isNegative()
                                    || wallet.held().isGreaterThan(wallet.balance())) {
                                violations.add("wallet out of bounds: " + wallet);
                            }
                        }
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } finally {
                pool.shutdown();
            }

            assertThat(violations).isEmpty();
            assertThat(placed.size() + refused.get()).isEqualTo(threads * perThread);
            assertThat(placed).as("some holds were placed").isNotEmpty();
            for (HoldId id : placed) {
                boolean byCapture = captured.containsKey(id);
                assertThat(byCapture ^ released.contains(id)).as("hold %s resolved exactly once", id).isTrue();
                assertThat(ledger.findHold(ALICE, id).orElseThrow().status())
                        .isEqualTo(byCapture ? HoldStatus.CAPTURED : HoldStatus.RELEASED);
            }
            Credits costs = captured.values().stream().reduce(Credits.ZERO, Credits::plus);
            Wallet wallet = ledger.wallet(ALICE);
            assertThat(wallet.held()).isEqualTo(Credits.ZERO);
            assertThat(wallet.balance()).isEqualTo(funding.minus(costs));
            assertThat(ledger.transactions(ALICE, 1, 0).total()).as("the grant and one debit per capture")
                    .isEqualTo(1 + captured.size());
            assertLedgerConsistent(ALICE);
        }

        private AccountId wallet(int key, int wallets) {
            return AccountId.of("w" + (key % wallets));
        }

        private Credits amount(int key) {
            return Credits.of("0.0" + (1 + key % 7) + "000001");
        }
    }

    /** Balance equals the sum of entries, each balanceAfter equals the running sum, and keys are unique. */
    protected void assertLedgerConsistent(AccountId account) {
        List<CreditTransaction> all = new ArrayList<>();
        long total = ledger.transactions(account, 1, 0).total();
        for (long offset = 0; offset < total; offset += CreditLedger.MAX_PAGE_SIZE) {
            all.addAll(ledger.transactions(account, CreditLedger.MAX_PAGE_SIZE, offset).transactions());
        }
        java.util.Collections.reverse(all);
        Credits running = Credits.ZERO;
        Set<IdempotencyKey> keys = new HashSet<>();
        for (CreditTransaction t : all) {
            running = running.plus(t.amount());
            assertThat(t.balanceAfter()).as("balance after %s", t.id()).isEqualTo(running);
            assertThat(keys.add(t.idempotencyKey())).as("key %s used once", t.idempotencyKey()).isTrue();
        }
        assertThat(balance(account)).isEqualTo(running);
        Instant now = clock.instant();
        assertThat(store.findWallet(account, now).map(Wallet::balance).orElse(Credits.ZERO)).isEqualTo(running);
    }
}
