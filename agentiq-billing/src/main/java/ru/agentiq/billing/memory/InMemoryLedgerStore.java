package ru.agentiq.billing.memory;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.billing.ledger.CreditTransaction;
import ru.agentiq.billing.ledger.Hold;
import ru.agentiq.billing.ledger.HoldId;
import ru.agentiq.billing.ledger.HoldStatus;
import ru.agentiq.billing.ledger.IdempotencyConflictException;
import ru.agentiq.billing.ledger.LedgerException;
import ru.agentiq.billing.ledger.LedgerStore;
import ru.agentiq.billing.ledger.NewCreditTransaction;
import ru.agentiq.billing.ledger.NewHold;
import ru.agentiq.billing.ledger.TransactionId;
import ru.agentiq.billing.ledger.TransactionKind;
import ru.agentiq.billing.ledger.UnitOfWork;
import ru.agentiq.billing.ledger.Wallet;
import ru.agentiq.billing.ledger.WalletLockTimeoutException;

/**
 * Thread-safe {@link LedgerStore} in the heap. Each wallet has its own lock, held by a unit of work from
 * {@link UnitOfWork#lockWallet} until it ends, so writes to one wallet are serialised while different wallets proceed
 * in parallel. A unit stages its writes and applies them at commit, after every {@link UnitOfWork.Participant} has
 * prepared; a unit that throws leaves nothing behind.
 */
public final class InMemoryLedgerStore implements LedgerStore {

    /** How long a unit waits for a wallet another unit holds before giving up. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

    private static final System.Logger LOG = System.getLogger(InMemoryLedgerStore.class.getName());

    private final Map<AccountId, Cell> cells = new ConcurrentHashMap<>();
    private final AtomicLong transactionIds = new AtomicLong();
    private final AtomicLong holdIds = new AtomicLong();
    // a per-thread slot rather than set/remove on every unit: ThreadLocal.remove costs a cleanup pass each time
    private final ThreadLocal<Unit[]> current = ThreadLocal.withInitial(() -> new Unit[1]);
    private final Duration lockTimeout;

    public InMemoryLedgerStore() {
        this(DEFAULT_LOCK_TIMEOUT);
    }

    /** A store whose units wait at most {@code lockTimeout} for a wallet. */
    public InMemoryLedgerStore(Duration lockTimeout) {
        Args.required(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new ru.agentiq.core.ValidationException("lockTimeout must be positive, was " + lockTimeout);
        }
        this.lockTimeout = lockTimeout;
    }

    @Override
    public <T> T inUnitOfWork(UnitOfWork.Work<T> work) {
        Unit[] slot = current.get();
        Unit outer = slot[0];
        if (outer != null) {
            try {
                return work.execute(outer);
            } catch (RuntimeException | Error e) {
                outer.failedInside = true;
                throw e;
            }
        }
        Unit unit = new Unit();
        slot[0] = unit;
        try {
            T result;
            try {
                result = work.execute(unit);
            } catch (RuntimeException | Error e) {
                unit.rollback(e);
                throw e;
            }
            if (unit.failedInside) {
                unit.rollback(null);
                throw new LedgerException("the unit of work rolled back: work joined to it failed, and the failure"
                        + " was caught instead of ending the unit");
            }
            if (unit.rollbackOnly) {
                unit.rollback(null);
                return result;
            }
            unit.commit();
            return result;
        } finally {
            slot[0] = null;
            unit.close();
        }
    }

    @Override
    public Optional<Wallet> findWallet(AccountId account, Instant now) {
        Cell cell = cells.get(account);
        if (cell == null) {
            return Optional.empty();
        }
        return read(cell, () -> cell.exists ? Optional.of(cell.view(now)) : Optional.<Wallet>empty());
    }

    @Override
    public List<CreditTransaction> transactions(AccountId account, int limit, long offset) {
        Cell cell = cells.get(account);
        if (cell == null) {
            return List.of();
        }
        return read(cell, () -> {
            List<CreditTransaction> page = new ArrayList<>(Math.min(limit, cell.transactions.size()));
            for (long i = cell.transactions.size() - 1 - offset; i >= 0 && page.size() < limit; i--) {
                page.add(cell.transactions.get((int) i));
            }
            return page;
        });
    }

    @Override
    public long countTransactions(AccountId account) {
        Cell cell = cells.get(account);
        return cell == null ? 0 : read(cell, () -> (long) cell.transactions.size());
    }

    @Override
    public Optional<CreditTransaction> findTransaction(AccountId account, TransactionId id) {
        Cell cell = cells.get(account);
        return cell == null ? Optional.empty() : read(cell, () -> cell.byId(id));
    }

    @Override
    public Optional<Hold> findHold(AccountId account, HoldId id) {
        Cell cell = cells.get(account);
        return cell == null ? Optional.empty() : read(cell, () -> Optional.ofNullable(cell.holds.get(id)));
    }

    private <R> R read(Cell cell, java.util.function.Supplier<R> reader) {
        acquire(cell);
        try {
            return reader.get();
        } finally {
            cell.lock.unlock();
        }
    }

    private void acquire(Cell cell) {
        boolean locked;
        try {
            locked = cell.lock.tryLock(lockTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException("interrupted while waiting for the wallet of account '" + cell.account + "'",
                    e);
        }
        if (!locked) {
            throw new WalletLockTimeoutException(cell.account, "waited " + lockTimeout + " for the wallet of account '"
                    + cell.account + "' and gave up: another unit of work holds it (units that lock several"
                    + " wallets must lock them in one order, see UnitOfWork.lockWallets)");
        }
    }

    /** One wallet: committed state, guarded by {@link #lock}. */
    private static final class Cell {
        final AccountId account;
        final ReentrantLock lock = new ReentrantLock();
        boolean exists;
        Instant createdAt;
        Instant updatedAt;
        Credits balance = Credits.ZERO;
        final List<CreditTransaction> transactions = new ArrayList<>();
        final Map<IdempotencyKey, CreditTransaction> byKey = new HashMap<>();
        final Map<TransactionId, Credits> refunded = new HashMap<>();
        final Map<HoldId, Hold> holds = new HashMap<>();
        final Map<IdempotencyKey, HoldId> holdKeys = new HashMap<>();
        final Map<HoldId, Hold> heldHolds = new HashMap<>();

        Cell(AccountId account) {
            this.account = account;
        }

        /** Entries are appended in increasing id order, so a binary search finds one without an index. */
        Optional<CreditTransaction> byId(TransactionId id) {
            int low = 0;
            int high = transactions.size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                CreditTransaction t = transactions.get(mid);
                int order = Long.compare(t.id().value(), id.value());
                if (order == 0) {
                    return Optional.of(t);
                } else if (order < 0) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return Optional.empty();
        }

        Wallet view(Instant now) {
            Credits held = Credits.ZERO;
            for (Hold hold : heldHolds.values()) {
                if (hold.isActive(now)) {
                    held = held.plus(hold.amount());
                }
            }
            return new Wallet(account, balance, held, createdAt, updatedAt);
        }
    }

    /** A wallet's uncommitted writes within one unit. */
    private final class Staged {
        final Cell cell;
        final Instant createdAt;
        Instant updatedAt;
        boolean written;
        Credits balance;
        // a unit usually appends one entry and touches no hold: collections are created on first use
        List<CreditTransaction> appended = List.of();
        Map<TransactionId, Credits> refunds = Map.of();
        Map<HoldId, Hold> holds = Map.of();

        Staged(Cell cell, Instant now) {
            this.cell = cell;
            this.createdAt = cell.exists ? cell.createdAt : now;
            this.updatedAt = cell.exists ? cell.updatedAt : now;
            this.balance = cell.balance;
        }

        Wallet view(Instant now) {
            Credits held = Credits.ZERO;
            if (cell.heldHolds.isEmpty() && holds.isEmpty()) {
                return new Wallet(cell.account, balance, held, createdAt, updatedAt);
            }
            for (Hold hold : cell.heldHolds.values()) {
                if (!holds.containsKey(hold.id()) && hold.isActive(now)) {
                    held = held.plus(hold.amount());
                }
            }
            for (Hold hold : holds.values()) {
                if (hold.isActive(now)) {
                    held = held.plus(hold.amount());
                }
            }
            return new Wallet(cell.account, balance, held, createdAt, updatedAt);
        }

        Optional<CreditTransaction> byKey(IdempotencyKey key) {
            for (CreditTransaction t : appended) {
                if (t.idempotencyKey().equals(key)) {
                    return Optional.of(t);
                }
            }
            return Optional.ofNullable(cell.byKey.get(key));
        }

        void add(CreditTransaction t) {
            if (appended.isEmpty()) {
                appended = new ArrayList<>(2);
            }
            appended.add(t);
            if (t.kind() == TransactionKind.REFUND) {
                if (refunds.isEmpty()) {
                    refunds = new HashMap<>(2);
                }
                refunds.merge(t.refundOf(), t.amount(), Credits::plus);
            }
        }

        void put(Hold hold) {
            if (holds.isEmpty()) {
                holds = new LinkedHashMap<>(2);
            }
            holds.put(hold.id(), hold);
        }

        Optional<CreditTransaction> byId(TransactionId id) {
            for (CreditTransaction t : appended) {
                if (t.id().equals(id)) {
                    return Optional.of(t);
                }
            }
            return cell.byId(id);
        }

        Optional<Hold> hold(HoldId id) {
            Hold staged = holds.get(id);
            return staged != null ? Optional.of(staged) : Optional.ofNullable(cell.holds.get(id));
        }

        Optional<Hold> holdByKey(IdempotencyKey key) {
            for (Hold hold : holds.values()) {
                if (hold.idempotencyKey().equals(key)) {
                    return Optional.of(hold);
                }
            }
            HoldId id = cell.holdKeys.get(key);
            return id == null ? Optional.empty() : Optional.of(cell.holds.get(id));
        }

        void touch(Instant at) {
            written = true;
            if (at.isAfter(updatedAt)) {
                updatedAt = at;
            }
        }

        void apply() {
            Cell c = cell;
            if (!c.exists) {
                c.exists = true;
                c.createdAt = createdAt;
                c.updatedAt = updatedAt;
            }
            if (!written) {
                return;
            }
            c.balance = balance;
            c.updatedAt = updatedAt;
            for (CreditTransaction t : appended) {
                c.transactions.add(t);
                c.byKey.put(t.idempotencyKey(), t);
            }
            if (!refunds.isEmpty()) {
                refunds.forEach((debit, amount) -> c.refunded.merge(debit, amount, Credits::plus));
            }
            if (holds.isEmpty()) {
                return;
            }
            for (Hold hold : holds.values()) {
                c.holds.put(hold.id(), hold);
                c.holdKeys.put(hold.idempotencyKey(), hold.id());
                if (hold.status() == HoldStatus.HELD) {
                    c.heldHolds.put(hold.id(), hold);
                } else {
                    c.heldHolds.remove(hold.id());
                }
            }
        }
    }

    /** One unit of work, confined to the thread that opened it. */
    private final class Unit implements UnitOfWork {
        private final Thread owner = Thread.currentThread();
        // most units lock one wallet: it gets a field, further wallets a map
        private Staged first;
        private Map<AccountId, Staged> more;
        private List<Participant> participants = List.of();
        private boolean open = true;
        boolean rollbackOnly;
        boolean failedInside;

        @Override
        public Wallet lockWallet(AccountId account, Instant now) {
            checkUsable();
            Args.required(account, "account");
            Args.required(now, "now");
            Staged s = staged(account);
            if (s == null) {
                Cell cell = cells.get(account);
                if (cell == null) {
                    cell = cells.computeIfAbsent(account, Cell::new);
                }
                acquire(cell);
                s = new Staged(cell, now);
                if (first == null) {
                    first = s;
                } else {
                    if (more == null) {
                        more = new LinkedHashMap<>();
                    }
                    more.put(account, s);
                }
            }
            return s.view(now);
        }

        @Override
        public Optional<CreditTransaction> findTransactionByKey(AccountId account, IdempotencyKey key) {
            return locked(account).byKey(key);
        }

        @Override
        public Optional<CreditTransaction> findTransaction(AccountId account, TransactionId id) {
            return locked(account).byId(id);
        }

        @Override
        public Credits refundedAmount(AccountId account, TransactionId debit) {
            Staged s = locked(account);
            Credits committed = s.cell.refunded.getOrDefault(debit, Credits.ZERO);
            return committed.plus(s.refunds.getOrDefault(debit, Credits.ZERO));
        }

        @Override
        public CreditTransaction append(NewCreditTransaction entry) {
            Args.required(entry, "entry");
            Staged s = locked(entry.account());
            Optional<CreditTransaction> existing = s.byKey(entry.idempotencyKey());
            if (existing.isPresent()) {
                throw new IdempotencyConflictException(entry.account(), entry.idempotencyKey(), "idempotency key '"
                        + entry.idempotencyKey() + "' of account '" + entry.account()
                        + "' is already used by transaction " + existing.get().id());
            }
            Credits balanceAfter = s.balance.plus(entry.amount());
            CreditTransaction stored = entry.toTransaction(TransactionId.of(transactionIds.incrementAndGet()),
                    balanceAfter);
            s.balance = balanceAfter;
            s.add(stored);
            s.touch(stored.createdAt());
            return stored;
        }

        @Override
        public Optional<Hold> findHold(AccountId account, HoldId id) {
            return locked(account).hold(id);
        }

        @Override
        public Optional<Hold> findHoldByKey(AccountId account, IdempotencyKey key) {
            return locked(account).holdByKey(key);
        }

        @Override
        public Hold insertHold(NewHold hold) {
            Args.required(hold, "hold");
            Staged s = locked(hold.account());
            Optional<Hold> existing = s.holdByKey(hold.idempotencyKey());
            if (existing.isPresent()) {
                throw new IdempotencyConflictException(hold.account(), hold.idempotencyKey(), "idempotency key '"
                        + hold.idempotencyKey() + "' of account '" + hold.account() + "' is already used by hold "
                        + existing.get().id());
            }
            Hold stored = hold.toHold(HoldId.of(holdIds.incrementAndGet()));
            s.put(stored);
            s.touch(stored.createdAt());
            return stored;
        }

        @Override
        public Hold updateHold(Hold changed) {
            Args.required(changed, "changed");
            Staged s = locked(changed.account());
            Hold before = s.hold(changed.id()).orElseThrow(() -> new IllegalStateException(
                    "hold " + changed.id() + " of account '" + changed.account() + "' does not exist"));
            if (!before.amount().equals(changed.amount())
                    || !before.idempotencyKey().equals(changed.idempotencyKey())) {
                throw new IllegalStateException("the amount and key of hold " + changed.id() + " cannot change");
            }
            s.put(changed);
            s.touch(changed.resolvedAt() == null ? before.createdAt() : changed.resolvedAt());
            return changed;
        }

        @Override
        public void enlist(Participant participant) {
            checkUsable();
            if (participants.isEmpty()) {
                participants = new ArrayList<>(2);
            }
            participants.add(Args.required(participant, "participant"));
        }

        @Override
        public <R> Optional<R> unwrap(Class<R> type) {
            return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
        }

        @Override
        public void setRollbackOnly() {
            checkUsable();
            rollbackOnly = true;
        }

        private Staged locked(AccountId account) {
            checkUsable();
            Staged s = staged(Args.required(account, "account"));
            if (s == null) {
                throw new IllegalStateException("lock the wallet of account '" + account
                        + "' with lockWallet before reading or writing it in this unit of work");
            }
            return s;
        }

        private Staged staged(AccountId account) {
            if (first != null && first.cell.account.equals(account)) {
                return first;
            }
            return more == null ? null : more.get(account);
        }

        private List<Staged> allStaged() {
            if (first == null) {
                return List.of();
            }
            if (more == null) {
                return List.of(first);
            }
            List<Staged> all = new ArrayList<>(1 + more.size());
            all.add(first);
            all.addAll(more.values());
            return all;
        }

        private void checkUsable() {
            if (!open) {
                throw new IllegalStateException("this unit of work has ended");
            }
            if (Thread.currentThread() != owner) {
                throw new IllegalStateException("a unit of work is confined to the thread that opened it");
            }
        }

        void commit() {
            try {
                for (Participant participant : participants) {
                    participant.prepare();
                }
            } catch (RuntimeException | Error e) {
                rollback(e);
                throw e;
            }
            for (Staged s : allStaged()) {
                s.apply();
            }
            for (Participant participant : participants) {
                try {
                    participant.commit();
                } catch (RuntimeException e) {
                    // the ledger's writes are visible already; a participant breaking its contract cannot undo them
                    LOG.log(Level.WARNING, "A unit-of-work participant failed to commit after the ledger committed", e);
                }
            }
        }

        void rollback(Throwable cause) {
            for (Participant participant : participants) {
                try {
                    participant.rollback();
                } catch (RuntimeException e) {
                    if (cause != null) {
                        cause.addSuppressed(e);
                    }
                }
            }
            // the staged writes are simply never applied; close() still needs them to release the locks
        }

        void close() {
            open = false;
            for (Staged s : allStaged()) {
                s.cell.lock.unlock();
            }
            first = null;
            more = null;
        }
    }
}
