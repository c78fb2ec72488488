package ru.agentiq.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ActorId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.TestClock;
import ru.agentiq.billing.memory.InMemoryLedgerStore;

/**
 * Random histories of grants, debits, refunds, adjustments, exact retries, reused keys, holds, captures, releases and
 * the passing of time, each checked step by step against a small model of the ledger:
 * <ul>
 *   <li>every write does exactly what the model predicts — written, replayed, conflict or refused, with the predicted
 *       amount and balance after;</li>
 *   <li>a wallet's balance is always the sum of its entries, each {@code balanceAfter} the running sum, and every
 *       idempotency key appears at most once;</li>
 *   <li>wallets written only by grants, refunds and reservations (here {@code w0} and {@code w1}) never go below zero,
 *       and never have more held than they hold.</li>
 * </ul>
 */
class LedgerProperties {

    private static final int WALLETS = 3;
    /** Wallets {@code w0}..{@code w1} use reservation mode only; {@code w2} also takes plain debits and adjustments. */
    private static final int OVERDRAFT_WALLET = 2;
    private static final ActorId ADMIN = ActorId.of("admin");
    private static final AtomicInteger HISTORIES = new AtomicInteger();

    @Property(tries = 10_000)
    void everyHistoryKeepsTheLedgerExactAndConsistent(@ForAll("histories") List<Op> history) {
        HISTORIES.incrementAndGet();
        new Run().play(history);
    }

    @AfterContainer
    static void atLeastTenThousandHistoriesWereChecked() {
        assertThat(HISTORIES.get()).isGreaterThanOrEqualTo(10_000);
    }

    // ---- the operations ----------------------------------------------------------------------------------------

    sealed interface Op permits Grant, Debit, Refund, Adjust, PlaceHold, Capture, Release, Retry, Tick {
    }

    record Grant(int wallet, Credits amount, int key) implements Op {
    }

    record Debit(Credits amount, int key) implements Op {
    }

    record Refund(int wallet, int debitPick, Credits amount, int key) implements Op {
    }

    record Adjust(Credits amount, int key) implements Op {
    }

    record PlaceHold(int wallet, Credits amount, int key, int ttlMinutes) implements Op {
    }

    record Capture(int wallet, int holdPick, Credits actual) implements Op {
    }

    record Release(int wallet, int holdPick) implements Op {
    }

    /** Repeats, exactly, the operation {@code back} steps earlier (a client retrying). */
    record Retry(int back) implements Op {
    }

    record Tick(int minutes) implements Op {
    }

    @Provide
    Arbitrary<List<Op>> histories() {
        Arbitrary<Integer> wallet = Arbitraries.integers().between(0, WALLETS - 1);
        Arbitrary<Integer> key = Arbitraries.integers().between(0, 7);
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 20);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Combinators.combine(wallet, amounts(), key).as(Grant::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(amounts(), key).as(Debit::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(wallet, pick, amounts(), key).as(Refund::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(signedAmounts(), key).as(Adjust::new)),
                net.jqwik.api.Tuple.of(4, Combinators.combine(wallet, amounts(), key,
                        Arbitraries.integers().between(1, 30)).as(PlaceHold::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(wallet, pick, costs()).as(Capture::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(wallet, pick).as(Release::new)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 6).map(Retry::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 20).map(Tick::new)));
        return op.list().ofMinSize(1).ofMaxSize(20);
    }

    /** Positive amounts: whole cents up to 5.00, sometimes with a few units of the 8th decimal place. */
    private static Arbitrary<Credits> amounts() {
        return Combinators.combine(Arbitraries.integers().between(1, 500), Arbitraries.integers().between(0, 3))
                .as((cents, units) -> Credits.of(BigDecimal.valueOf(cents, 2).add(BigDecimal.valueOf(units, 8))));
    }

    /** Costs reported at capture: zero or more, sometimes above the hold. */
    private static Arbitrary<Credits> costs() {
        return Arbitraries.integers().between(0, 700).map(cents -> Credits.of(BigDecimal.valueOf(cents, 2)));
    }

    private static Arbitrary<Credits> signedAmounts() {
        return Combinators.combine(amounts(), Arbitraries.of(true, false))
                .as((amount, negative) -> negative ? amount.negate() : amount);
    }

    // ---- the model and the checks ------------------------------------------------------------------------------

    /** One history against a fresh store, with the model of what each wallet must look like. */
    private static final class Run {
        final TestClock clock = new TestClock("2026-03-02T10:00:00Z");
        final CreditLedger ledger = CreditLedger.builder(new InMemoryLedgerStore()).clock(clock).build();
        final List<ModelWallet> model = new ArrayList<>();

        Run() {
            for (int i = 0; i < WALLETS; i++) {
                model.add(new ModelWallet(AccountId.of("w" + i)));
            }
        }

        void play(List<Op> history) {
            for (int step = 0; step < history.size(); step++) {
                Op op = history.get(step);
                if (op instanceof Retry retry) {
                    if (retry.back() > step) {
                        continue;
                    }
                    op = history.get(step - retry.back());
                    if (op instanceof Retry) {
                        continue;
                    }
                }
                apply(op);
                checkWallets();
            }
            for (ModelWallet wallet : model) {
                checkEntries(wallet);
            }
        }

        private void apply(Op op) {
            if (op instanceof Grant g) {
                post(model.get(g.wallet()), LedgerRequest.grant(account(g.wallet()), g.amount(), key(g.key())));
            } else if (op instanceof Debit d) {
                post(model.get(OVERDRAFT_WALLET), LedgerRequest.debit(account(OVERDRAFT_WALLET), d.amount(),
                        key(d.key())));
            } else if (op instanceof Adjust a) {
                post(model.get(OVERDRAFT_WALLET), LedgerRequest.adjustment(account(OVERDRAFT_WALLET), a.amount(),
                        key(a.key()), ADMIN, "correction"));
            } else if (op instanceof Refund r) {
                ModelWallet wallet = model.get(r.wallet());
                if (!wallet.debits.isEmpty()) {
                    TransactionId debit = pick(new ArrayList<>(wallet.debits.keySet()), r.debitPick());
                    post(wallet, LedgerRequest.refund(wallet.account, debit, r.amount(), key(r.key())));
                }
            } else if (op instanceof PlaceHold h) {
                placeHold(model.get(h.wallet()), h);
            } else if (op instanceof Capture c) {
                ModelWallet wallet = model.get(c.wallet());
                if (!wallet.holds.isEmpty()) {
                    capture(wallet, pick(new ArrayList<>(wallet.holds.values()), c.holdPick()), c.actual());
                }
            } else if (op instanceof Release r) {
                ModelWallet wallet = model.get(r.wallet());
                if (!wallet.holds.isEmpty()) {
                    release(wallet, pick(new ArrayList<>(wallet.holds.values()), r.holdPick()));
                }
            } else if (op instanceof Tick t) {
                clock.advance(Duration.ofMinutes(t.minutes()));
            }
        }

        private void post(ModelWallet wallet, LedgerRequest request) {
            Entry stored = wallet.entries.get(request.idempotencyKey());
            if (stored != null) {
                if (stored.content.equals(Content.of(request))) {
                    PostingResult result = ledger.post(request);
                    assertThat(result.replayed()).isTrue();
                    assertThat(result.transaction()).isEqualTo(stored.transaction);
                } else {
                    assertThatThrownBy(() -> ledger.post(request)).isInstanceOf(IdempotencyConflictException.class);
                }
                return;
            }
            if (wallet.holdKeys.containsKey(request.idempotencyKey())) {
                assertThatThrownBy(() -> ledger.post(request)).isInstanceOf(IdempotencyConflictException.class);
                return;
            }
            if (request instanceof LedgerRequest.Refund refund) {
                Credits refundable = wallet.debits.get(refund.debit());
                if (refund.amount().isGreaterThan(refundable)) {
                    assertThatThrownBy(() -> ledger.post(request)).isInstanceOf(RefundLimitExceededException.class);
                    return;
                }
                wallet.debits.put(refund.debit(), refundable.minus(refund.amount()));
            }
            PostingResult result = ledger.post(request);
            assertThat(result.replayed()).isFalse();
            CreditTransaction t = result.transaction();
            assertThat(t.amount()).isEqualTo(request.signedAmount());
            assertThat(t.balanceAfter()).isEqualTo(wallet.balance.plus(request.signedAmount()));
            wallet.record(t);
        }

        private void placeHold(ModelWallet wallet, PlaceHold h) {
            HoldRequest request = HoldRequest.of(wallet.account, h.amount(), key(h.key()))
                    .withTtl(Duration.ofMinutes(h.ttlMinutes()));
            ModelHold existing = wallet.holdKeys.get(request.idempotencyKey());
            if (existing != null) {
                if (existing.hold.amount().equals(h.amount())) {
                    HoldResult result = ledger.hold(request);
                    assertThat(result.replayed()).isTrue();
                    assertThat(result.hold().id()).isEqualTo(existing.hold.id());
                    assertThat(result.hold().status()).isEqualTo(existing.hold.status());
                } else {
                    assertThatThrownBy(() -> ledger.hold(request)).isInstanceOf(IdempotencyConflictException.class);
                }
                return;
            }
            if (wallet.entries.containsKey(request.idempotencyKey())) {
                assertThatThrownBy(() -> ledger.hold(request)).isInstanceOf(IdempotencyConflictException.class);
                return;
            }
            if (h.amount().isGreaterThan(wallet.available(clock.instant()))) {
                assertThatThrownBy(() -> ledger.hold(request)).isInstanceOf(InsufficientCreditsException.class)
                        .hasMessage(InsufficientCreditsException.MESSAGE);
                return;
            }
            Hold hold = ledger.hold(request).hold();
            assertThat(hold.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(h.ttlMinutes())));
            ModelHold modelHold = new ModelHold(hold);
            wallet.holds.put(hold.id(), modelHold);
            wallet.holdKeys.put(hold.idempotencyKey(), modelHold);
        }

        private void capture(ModelWallet wallet, ModelHold modelHold, Credits actual) {
            Hold hold = modelHold.hold;
            switch (hold.status()) {
                case CAPTURED -> {
                    if (hold.actualCost().equals(actual)) {
                        CaptureResult result = ledger.capture(wallet.account, hold.id(), actual);
                        assertThat(result.replayed()).isTrue();
                        assertThat(result.charged()).isEqualTo(hold.charged());
                    } else {
                        assertThatThrownBy(() -> ledger.capture(wallet.account, hold.id(), actual))
                                .isInstanceOf(IdempotencyConflictException.class);
                    }
                }
                case RELEASED -> assertThatThrownBy(() -> ledger.capture(wallet.account, hold.id(), actual))
                        .isInstanceOf(HoldStateException.class);
                default -> {
                    Instant now = clock.instant();
                    Credits heldByOthers = wallet.held(now, hold.id());
                    Credits room = wallet.balance.minus(heldByOthers).max(Credits.ZERO);
                    Credits charged = actual.min(room);
                    CaptureResult result = ledger.capture(wallet.account, hold.id(), actual);
                    assertThat(result.replayed()).isFalse();
                    assertThat(result.charged()).isEqualTo(charged);
                    assertThat(result.shortfall()).isEqualTo(actual.minus(charged));
                    assertThat(result.balanceAfter()).isEqualTo(wallet.balance.minus(charged));
                    if (charged.isPositive()) {
                        wallet.record(result.debit());
                    } else {
                        assertThat(result.debit()).isNull();
                    }
                    modelHold.hold = result.hold();
                }
            }
        }

        private void release(ModelWallet wallet, ModelHold modelHold) {
            Hold hold = modelHold.hold;
            if (hold.status() == HoldStatus.CAPTURED) {
                assertThatThrownBy(() -> ledger.release(wallet.account, hold.id()))
                        .isInstanceOf(HoldStateException.class);
                return;
            }
            Hold released = ledger.release(wallet.account, hold.id());
            assertThat(released.status()).isEqualTo(HoldStatus.RELEASED);
            modelHold.hold = released;
        }

        private void checkWallets() {
            Instant now = clock.instant();
            for (int i = 0; i < WALLETS; i++) {
                ModelWallet expected = model.get(i);
                Wallet actual = ledger.wallet(expected.account);
                assertThat(actual.balance()).isEqualTo(expected.balance);
                assertThat(actual.held()).isEqualTo(expected.held(now, null));
                if (i != OVERDRAFT_WALLET) {
                    assertThat(actual.balance().isNegative()).as("reservation-mode balance below zero").isFalse();
                    assertThat(actual.available().isNegative()).as("more held than the balance").isFalse();
                }
            }
        }

        private void checkEntries(ModelWallet wallet) {
            List<CreditTransaction> all = new ArrayList<>();
            long total = ledger.transactions(wallet.account, 1, 0).total();
            for (long offset = 0; offset < total; offset += CreditLedger.MAX_PAGE_SIZE) {
                all.addAll(ledger.transactions(wallet.account, CreditLedger.MAX_PAGE_SIZE, offset).transactions());
            }
            java.util.Collections.reverse(all);
            assertThat(all).containsExactlyElementsOf(wallet.log);
            Credits running = Credits.ZERO;
            Set<IdempotencyKey> keys = new HashSet<>();
            for (CreditTransaction t : all) {
                running = running.plus(t.amount());
                assertThat(t.balanceAfter()).isEqualTo(running);
                assertThat(keys.add(t.idempotencyKey())).isTrue();
            }
            assertThat(ledger.wallet(wallet.account).balance()).isEqualTo(running);
        }

        private static AccountId account(int wallet) {
            return AccountId.of("w" + wallet);
        }

        private static IdempotencyKey key(int key) {
            return IdempotencyKey.of("k" + key);
        }

        private static <T> T pick(List<T> from, int index) {
            return from.get(index % from.size());
        }
    }

    /** What a retry must repeat: everything the ledger compares. */
    private record Content(TransactionKind kind, Credits amount, ActorId initiatedBy, String referenceId,
            TransactionId refundOf, String note) {
        static Content of(LedgerRequest r) {
            return new Content(r.kind(), r.signedAmount(), r.initiatedBy(), r.referenceId(), r.refundOf(), r.note());
        }

        static Content of(CreditTransaction t) {
            return new Content(t.kind(), t.amount(), t.initiatedBy(), t.referenceId(), t.refundOf(), t.note());
        }
    }

    private record Entry(Content content, CreditTransaction transaction) {
    }

    private static final class ModelHold {
        Hold hold;

        ModelHold(Hold hold) {
            this.hold = hold;
        }
    }

    private static final class ModelWallet {
        final AccountId account;
        Credits balance = Credits.ZERO;
        final List<CreditTransaction> log = new ArrayList<>();
        final Map<IdempotencyKey, Entry> entries = new HashMap<>();
        final Map<TransactionId, Credits> debits = new LinkedHashMap<>();
        final Map<HoldId, ModelHold> holds = new LinkedHashMap<>();
        final Map<IdempotencyKey, ModelHold> holdKeys = new HashMap<>();

        ModelWallet(AccountId account) {
            this.account = account;
        }

        void record(CreditTransaction t) {
            balance = balance.plus(t.amount());
            log.add(t);
            entries.put(t.idempotencyKey(), new Entry(Content.of(t), t));
            if (t.kind() == TransactionKind.DEBIT) {
                debits.put(t.id(), t.amount().abs());
            }
        }

        Credits held(Instant now, HoldId except) {
            Credits held = Credits.ZERO;
            for (ModelHold h : holds.values()) {
                if (!Objects.equals(h.hold.id(), except) && h.hold.isActive(now)) {
                    held = held.plus(h.hold.amount());
                }
            }
            return held;
        }

        Credits available(Instant now) {
            return balance.minus(held(now, null));
        }
    }
}
