package ru.agentiq.billing.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.core.ValidationException;

/**
 * The ledger's rules over a {@link LedgerStore}: idempotent postings, refunds bounded by their debit, reservations,
 * and history. Thread-safe; one instance serves every account.
 *
 * <p><b>Idempotency.</b> Every write carries an {@link IdempotencyKey}, unique within the wallet. Repeating a write
 * with the same key and the same content returns the original entry ({@link PostingResult#replayed()}); the same key
 * with different content fails with {@link IdempotencyConflictException}. So a retry after a timeout can never charge
 * twice, and a buggy caller reusing a key can never silently lose a write.
 *
 * <p><b>Units of work.</b> Each write method has two forms: one that runs in its own unit of work, and one that takes
 * a {@link UnitOfWork} so the write commits together with others — the usage event of a metered call and the caller's
 * own rows, for example (see {@link #inUnitOfWork(UnitOfWork.Work)}).
 *
 * <p><b>Overdraft and reservations.</b> Plain debits may take the balance below zero, as in the seed system: the call
 * they pay for has already happened. Reservation mode avoids that: {@link #hold(HoldRequest)} reserves an estimate
 * and is refused with {@link InsufficientCreditsException} when the wallet cannot cover it; {@link #capture} then
 * debits the actual cost, never more than the wallet can cover, and {@link #release} gives the reservation back.
 * A wallet written only by grants, refunds and reservations therefore never goes below zero.
 */
public final class CreditLedger {

    /** How long an unresolved hold counts against a wallet: far longer than any model call. */
    public static final Duration DEFAULT_HOLD_TTL = Duration.ofMinutes(15);
    /**
     * Largest single debit or hold. A metered call costs a fraction of a credit, so a bigger amount means a bug
     * upstream (tokens passed as credits) rather than usage.
     */
    public static final Credits DEFAULT_MAX_DEBIT = Credits.of(10_000);
    /** Page size of history reads when the caller does not choose. */
    public static final int DEFAULT_PAGE_SIZE = 50;
    /** Largest page of history one read returns. */
    public static final int MAX_PAGE_SIZE = 200;

    private final LedgerStore store;
    private final Clock clock;
    private final Duration holdTtl;
    private final Credits maxDebit;

    private CreditLedger(Builder builder) {
        this.store = builder.store;
        this.clock = builder.clock;
        this.holdTtl = builder.holdTtl;
        this.maxDebit = builder.maxDebit;
    }

    /** A ledger over {@code store} with every other setting at its default. */
    public CreditLedger(LedgerStore store, Clock clock) {
        this(builder(store).clock(clock));
    }

    public static Builder builder(LedgerStore store) {
        return new Builder(store);
    }

    /** The store this ledger writes to. */
    public LedgerStore store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Runs {@code work} in one unit of work: the writes made through the {@code post}, {@code hold}, {@code capture}
     * and {@code release} forms that take the unit, and anything else enlisted in it, commit together or not at all.
     * Keep slow work (a model call) outside: the unit holds its wallets locked.
     */
    public <T> T inUnitOfWork(UnitOfWork.Work<T> work) {
        return store.inUnitOfWork(Objects.requireNonNull(work, "work"));
    }

    /** Posts {@code request} in its own unit of work; see {@link #post(UnitOfWork, LedgerRequest)}. */
    public PostingResult post(LedgerRequest request) {
        Args.required(request, "request");
        if (request instanceof LedgerRequest.Debit debit && !debit.amount().isGreaterThan(maxDebit)) {
            // a new key on an existing wallet needs none of the rules below; the store may do it in one step
            Optional<CreditTransaction> appended = store.appendDebitIfNew(request.toEntry(now()));
            if (appended.isPresent()) {
                return new PostingResult(appended.get(), false);
            }
        }
        return store.inUnitOfWork(unit -> post(unit, request));
    }

    /**
     * Posts {@code request} as part of {@code unit}.
     *
     * @return the new entry, or the original one when the key was already used for this same request
     * @throws IdempotencyConflictException when the key was used for a different write
     * @throws ValidationException when a debit exceeds the largest allowed, or a refund names something that is not
     *                             a debit
     * @throws TransactionNotFoundException when a refund names a debit the wallet does not have
     * @throws RefundLimitExceededException when a refund exceeds what is left to refund of its debit
     */
    public PostingResult post(UnitOfWork unit, LedgerRequest request) {
        Args.required(unit, "unit");
        Args.required(request, "request");
        Instant now = now();
        AccountId account = request.account();
        unit.lockWallet(account, now);
        Optional<CreditTransaction> existing = unit.findTransactionByKey(account, request.idempotencyKey());
        if (existing.isPresent()) {
            return replay(existing.get(), request);
        }
        if (unit.findHoldByKey(account, request.idempotencyKey()).isPresent()) {
            throw new IdempotencyConflictException(account, request.idempotencyKey(), "idempotency key '"
                    + request.idempotencyKey() + "' of account '" + account + "' already belongs to a hold");
        }
        if (request instanceof LedgerRequest.Debit debit) {
            checkMaxDebit(debit.amount(), "amount");
        } else if (request instanceof LedgerRequest.Refund refund) {
            checkRefundable(unit, refund);
        }
        return new PostingResult(unit.append(request.toEntry(now)), false);
    }

    /** Places a hold in its own unit of work; see {@link #hold(UnitOfWork, HoldRequest)}. */
    public HoldResult hold(HoldRequest request) {
        Args.required(request, "request");
        return store.inUnitOfWork(unit -> hold(unit, request));
    }

    /**
     * Reserves {@code request.amount()} as part of {@code unit}.
     *
     * @return the new hold, or the original when the key already placed this same hold (in whatever state it is now)
     * @throws InsufficientCreditsException when the wallet's available credits are below the amount
     * @throws IdempotencyConflictException when the key was used for a different hold or for a ledger entry
     */
    public HoldResult hold(UnitOfWork unit, HoldRequest request) {
        Args.required(unit, "unit");
        Args.required(request, "request");
        Instant now = now();
        AccountId account = request.account();
        Wallet wallet = unit.lockWallet(account, now);
        Optional<Hold> existing = unit.findHoldByKey(account, request.idempotencyKey());
        if (existing.isPresent()) {
            Hold hold = existing.get();
            List<String> differences = new ArrayList<>();
            compare(differences, "amount", hold.amount(), request.amount());
            compare(differences, "referenceId", hold.referenceId(), request.referenceId());
            compare(differences, "note", hold.note(), request.note());
            if (!differences.isEmpty()) {
                throw conflict(account, request.idempotencyKey(), "hold " + hold.id(), differences);
            }
            return new HoldResult(hold, true);
        }
        if (unit.findTransactionByKey(account, request.idempotencyKey()).isPresent()) {
            throw new IdempotencyConflictException(account, request.idempotencyKey(), "idempotency key '"
                    + request.idempotencyKey() + "' of account '" + account + "' already belongs to a transaction");
        }
        checkMaxDebit(request.amount(), "amount");
        if (wallet.available().isLessThan(request.amount())) {
            throw new InsufficientCreditsException(account, wallet.available(), request.amount());
        }
        Duration ttl = request.ttl() == null ? holdTtl : request.ttl();
        Hold hold = unit.insertHold(new NewHold(account, request.amount(), request.idempotencyKey(),
                request.referenceId(), request.note(), now, now.plus(ttl)));
        return new HoldResult(hold, false);
    }

    /** Captures a hold in its own unit of work; see {@link #capture(UnitOfWork, AccountId, HoldId, Credits)}. */
    public CaptureResult capture(AccountId account, HoldId holdId, Credits actualCost) {
        return store.inUnitOfWork(unit -> capture(unit, account, holdId, actualCost));
    }

    /**
     * Charges the actual cost of a reserved call as part of {@code unit}: debits {@code actualCost} under the hold's
     * key, capped at what the wallet can cover without touching other active holds, so the balance never goes below
     * zero; the uncovered rest is reported as {@link CaptureResult#shortfall()}. An expired hold can still be captured.
     *
     * @param actualCost zero or more; zero captures without a debit
     * @return the capture, or the original capture when the hold was already captured for the same cost
     * @throws HoldNotFoundException when the wallet has no such hold
     * @throws HoldStateException when the hold was released
     * @throws IdempotencyConflictException when the hold was already captured for a different cost
     */
    public CaptureResult capture(UnitOfWork unit, AccountId account, HoldId holdId, Credits actualCost) {
        Args.required(unit, "unit");
        Args.required(account, "account");
        Args.required(holdId, "holdId");
        Args.required(actualCost, "actualCost");
        if (actualCost.isNegative()) {
            throw new ValidationException("actualCost must not be negative, was " + actualCost);
        }
        checkMaxDebit(actualCost, "actualCost");
        Instant now = now();
        Wallet wallet = unit.lockWallet(account, now);
        Hold hold = unit.findHold(account, holdId).orElseThrow(() -> new HoldNotFoundException(account, holdId));
        switch (hold.status()) {
            case CAPTURED -> {
                if (hold.actualCost().compareTo(actualCost) != 0) {
                    throw new IdempotencyConflictException(account, hold.idempotencyKey(), "hold " + hold.id()
                            + " of account '" + account + "' was already captured for " + hold.actualCost()
                            + ", this capture reported " + actualCost);
                }
                CreditTransaction debit = hold.transactionId() == null ? null
                        : unit.findTransaction(account, hold.transactionId()).orElse(null);
                return new CaptureResult(hold, debit, hold.charged(), hold.actualCost().minus(hold.charged()),
                        wallet.balance(), true);
            }
            case RELEASED -> throw new HoldStateException(hold, "hold " + hold.id() + " of account '" + account
                    + "' was released at " + hold.resolvedAt() + " and cannot be captured");
            default -> {
                Credits heldByOthers = hold.isActive(now) ? wallet.held().minus(hold.amount()) : wallet.held();
                Credits room = wallet.balance().minus(heldByOthers).max(Credits.ZERO);
                Credits charged = actualCost.min(room);
                CreditTransaction debit = null;
                if (charged.isPositive()) {
                    if (unit.findTransactionByKey(account, hold.idempotencyKey()).isPresent()) {
                        throw new IdempotencyConflictException(account, hold.idempotencyKey(), "idempotency key '"
                                + hold.idempotencyKey() + "' of hold " + hold.id()
                                + " already belongs to a transaction");
                    }
                    debit = unit.append(new NewCreditTransaction(account, TransactionKind.DEBIT, charged.negate(),
                            hold.idempotencyKey(), null, hold.referenceId(), null, hold.note(), now));
                }
                Hold captured = unit.updateHold(
                        hold.captured(actualCost, charged, debit == null ? null : debit.id(), now));
                Credits balanceAfter = debit == null ? wallet.balance() : debit.balanceAfter();
                return new CaptureResult(captured, debit, charged, actualCost.minus(charged), balanceAfter, false);
            }
        }
    }

    /** Releases a hold in its own unit of work; see {@link #release(UnitOfWork, AccountId, HoldId)}. */
    public Hold release(AccountId account, HoldId holdId) {
        return store.inUnitOfWork(unit -> release(unit, account, holdId));
    }

    /**
     * Gives a reservation back as part of {@code unit} (the call failed or was not made). Releasing a released hold
     * returns it unchanged.
     *
     * @throws HoldNotFoundException when the wallet has no such hold
     * @throws HoldStateException when the hold was captured
     */
    public Hold release(UnitOfWork unit, AccountId account, HoldId holdId) {
        Args.required(unit, "unit");
        Args.required(account, "account");
        Args.required(holdId, "holdId");
        Instant now = now();
        unit.lockWallet(account, now);
        Hold hold = unit.findHold(account, holdId).orElseThrow(() -> new HoldNotFoundException(account, holdId));
        return switch (hold.status()) {
            case RELEASED -> hold;
            case CAPTURED -> throw new HoldStateException(hold, "hold " + hold.id() + " of account '" + account
                    + "' was captured at " + hold.resolvedAt() + " and cannot be released");
            default -> unit.updateHold(hold.released(now));
        };
    }

    /** The committed wallet of {@code account}; empty when it was never written. Reading creates nothing. */
    public Optional<Wallet> findWallet(AccountId account) {
        return store.findWallet(Args.required(account, "account"), now());
    }

    /**
     * The committed wallet of {@code account}, or an empty wallet at 0 when it was never written (the seed's
     * get-or-create, without writing on a read).
     */
    public Wallet wallet(AccountId account) {
        Instant now = now();
        return findWallet(account).orElseGet(() -> new Wallet(account, Credits.ZERO, Credits.ZERO, now, now));
    }

    /**
     * A page of the account's own entries, newest first.
     *
     * @param limit  1..{@value #MAX_PAGE_SIZE}
     * @param offset entries to skip, zero or more
     */
    public TransactionPage transactions(AccountId account, int limit, long offset) {
        Args.required(account, "account");
        Args.inRange(limit, 1, MAX_PAGE_SIZE, "limit");
        if (offset < 0) {
            throw new ValidationException("offset must not be negative, was " + offset);
        }
        return new TransactionPage(store.transactions(account, limit, offset), store.countTransactions(account));
    }

    /** A committed entry of {@code account} by id. */
    public Optional<CreditTransaction> findTransaction(AccountId account, TransactionId id) {
        return store.findTransaction(Args.required(account, "account"), Args.required(id, "id"));
    }

    /** A committed hold of {@code account} by id. */
    public Optional<Hold> findHold(AccountId account, HoldId id) {
        return store.findHold(Args.required(account, "account"), Args.required(id, "id"));
    }

    private PostingResult replay(CreditTransaction stored, LedgerRequest request) {
        List<String> differences = new ArrayList<>();
        compare(differences, "kind", stored.kind(), request.kind());
        compare(differences, "amount", stored.amount(), request.signedAmount());
        compare(differences, "initiatedBy", stored.initiatedBy(), request.initiatedBy());
        compare(differences, "referenceId", stored.referenceId(), request.referenceId());
        compare(differences, "refundOf", stored.refundOf(), request.refundOf());
        compare(differences, "note", stored.note(), request.note());
        if (!differences.isEmpty()) {
            throw conflict(request.account(), request.idempotencyKey(), "transaction " + stored.id() + " ("
                    + stored.kind().wire() + " of " + stored.amount() + ")", differences);
        }
        return new PostingResult(stored, true);
    }

    private void checkRefundable(UnitOfWork unit, LedgerRequest.Refund refund) {
        AccountId account = refund.account();
        CreditTransaction debit = unit.findTransaction(account, refund.debit())
                .orElseThrow(() -> new TransactionNotFoundException(account, refund.debit()));
        if (debit.kind() != TransactionKind.DEBIT) {
            throw new ValidationException("a refund must name a debit, transaction " + debit.id() + " is a "
                    + debit.kind().wire());
        }
        Credits refundable = debit.amount().abs().minus(unit.refundedAmount(account, debit.id()));
        if (refund.amount().isGreaterThan(refundable)) {
            throw new RefundLimitExceededException(debit.id(), refundable, refund.amount());
        }
    }

    private void checkMaxDebit(Credits amount, String field) {
        if (amount.isGreaterThan(maxDebit)) {
            throw new ValidationException(field + " must be at most " + maxDebit + ", was " + amount);
        }
    }

    private static void compare(List<String> differences, String field, Object stored, Object requested) {
        if (!Objects.equals(stored, requested)) {
            differences.add(field + " " + describe(requested) + " instead of " + describe(stored));
        }
    }

    private static String describe(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof TransactionKind kind) {
            return kind.wire();
        }
        return value instanceof String ? "'" + value + "'" : value.toString();
    }

    private static IdempotencyConflictException conflict(AccountId account, IdempotencyKey key, String original,
            List<String> differences) {
        return new IdempotencyConflictException(account, key, "idempotency key '" + key + "' of account '" + account
                + "' was already used for " + original + "; this request has " + String.join(", ", differences));
    }

    /** Configures a {@link CreditLedger}; every setting is checked when set. */
    public static final class Builder {
        private final LedgerStore store;
        private Clock clock = Clock.systemUTC();
        private Duration holdTtl = DEFAULT_HOLD_TTL;
        private Credits maxDebit = DEFAULT_MAX_DEBIT;

        private Builder(LedgerStore store) {
            this.store = Args.required(store, "store");
        }

        /** Source of every timestamp the ledger writes (default: the UTC system clock). */
        public Builder clock(Clock value) {
            this.clock = Args.required(value, "clock");
            return this;
        }

        /** How long an unresolved hold counts against its wallet (default {@link #DEFAULT_HOLD_TTL}). */
        public Builder holdTtl(Duration value) {
            Args.required(value, "holdTtl");
            if (value.isNegative() || value.isZero()) {
                throw new ValidationException("holdTtl must be positive, was " + value);
            }
            this.holdTtl = value;
            return this;
        }

        /** Largest single debit, hold or capture (default {@link #DEFAULT_MAX_DEBIT}). */
        public Builder maxDebit(Credits value) {
            Args.required(value, "maxDebit");
            if (!value.isPositive()) {
                throw new ValidationException("maxDebit must be greater than 0, was " + value);
            }
            this.maxDebit = value;
            return this;
        }

        public CreditLedger build() {
            return new CreditLedger(this);
        }
    }

    /** The ledger's time, kept to the microsecond a database stores, so an entry reads back exactly as written. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
