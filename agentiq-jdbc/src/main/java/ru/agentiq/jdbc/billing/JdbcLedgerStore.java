package ru.agentiq.jdbc.billing;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.ledger.CreditTransaction;
import ru.agentiq.billing.ledger.Hold;
import ru.agentiq.billing.ledger.HoldId;
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
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.jdbc.internal.Dialect;
import ru.agentiq.jdbc.internal.SqlErrors;
import ru.agentiq.jdbc.internal.Timestamps;

/**
 * {@link LedgerStore} on PostgreSQL or H2.  A unit of work is one database transaction on one
 * connection, at the database's default isolation: {@link UnitOfWork#lockWallet} creates the wallet row if needed and locks it with
 * {@code SELECT … FOR UPDATE}; {@link UnitOfWork#append} moves the balance with one {@code UPDATE … RETURNING} and
 * inserts the entry in the same transaction; idempotency is the unique key on (account, idempotency key). A unit that
 * loses a race on a new wallet's row, or hits a deadlock or serialisation failure, is rolled back and run again
 * (the port allows it); waiting for a locked wallet longer than the lock timeout ends in
 * {@link WalletLockTimeoutException}. The unit's Jdbi {@link Handle} is available through {@link UnitOfWork#unwrap}
 * so callers' own rows commit with the ledger.
 */
public final class JdbcLedgerStore implements LedgerStore {

    /** How long a unit waits for a wallet another unit holds. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

    static final int MAX_ATTEMPTS = 5;
    /** Most debits one call of the PostgreSQL fast path appends, unless configured otherwise. */
    public static final int DEFAULT_DEBIT_BATCH = 64;
    /**
     * Most fast-path calls in flight at once, unless configured otherwise; each holds a connection. Two keep both
     * of a small server's cores busy; more only make batches on a busy wallet queue behind each other.
     */
    public static final int DEFAULT_DEBIT_CALLS = 2;

    private static final Logger log = LoggerFactory.getLogger(JdbcLedgerStore.class);

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Duration lockTimeout;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();
    /** Whether {@code agentiq_append_debits} exists; cleared the first time PostgreSQL says it does not. */
    private volatile boolean debitFunction = true;
    private final Combiner<NewCreditTransaction, DebitOutcome> debits;

    public JdbcLedgerStore(Jdbi jdbi, Dialect dialect) {
        this(jdbi, dialect, DEFAULT_LOCK_TIMEOUT);
    }

    public JdbcLedgerStore(Jdbi jdbi, Dialect dialect, Duration lockTimeout) {
        this(jdbi, dialect, lockTimeout, DEFAULT_DEBIT_BATCH, DEFAULT_DEBIT_CALLS);
    }

    /**
     * A store whose units wait at most {@code lockTimeout} for a wallet, and whose PostgreSQL fast path appends at
     * most {@code maxDebits} debits a call (1..1000) with at most {@code maxCalls} calls at once (1..64; see
     * {@link #appendDebitIfNew}); {@code maxDebits = 1} turns group commit off.
     */
    public JdbcLedgerStore(Jdbi jdbi, Dialect dialect, Duration lockTimeout, int maxDebits, int maxCalls) {
        this.jdbi = Checks.required(jdbi, "jdbi");
        this.dialect = Checks.required(dialect, "dialect");
        this.lockTimeout = Checks.required(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new ru.agentiq.core.ValidationException("lockTimeout must be positive, was " + lockTimeout);
        }
        if (maxDebits < 1 || maxDebits > 1_000) {
            throw new ru.agentiq.core.ValidationException("maxDebits must be 1..1000, was " + maxDebits);
        }
        if (maxCalls < 1 || maxCalls > 64) {
            throw new ru.agentiq.core.ValidationException("maxCalls must be 1..64, was " + maxCalls);
        }
        this.debits = new Combiner<>(maxDebits, maxCalls, this::appendDebits);
    }

    @Override
    public <T> T inUnitOfWork(UnitOfWork.Work<T> work) {
        Checks.required(work, "work");
        Unit outer = current.get();
        if (outer != null) {
            try {
                return work.execute(outer);
            } catch (RuntimeException | Error e) {
                outer.failedInside = true;
                throw e;
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(work);
            } catch (AgentIqException e) {
                throw e;
            } catch (RuntimeException e) {
                boolean retryable = SqlErrors.isUniqueViolation(e) || SqlErrors.isRetryableConflict(e);
                if (!retryable || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private <T> T runOnce(UnitOfWork.Work<T> work) {
        try (Handle handle = jdbi.open()) {
            // the database's default isolation (READ COMMITTED on both) suffices: wallets are serialised by row locks
            handle.begin();
            Unit unit = new Unit(handle);
            current.set(unit);
            try {
                handle.execute(dialect.lockTimeout(lockTimeout.toMillis()));
                T result = work.execute(unit);
                if (unit.failedInside) {
                    throw new LedgerException("the unit of work rolled back: work joined to it failed, and the"
                            + " failure was caught instead of ending the unit");
                }
                if (unit.rollbackOnly) {
                    unit.rollback();
                    return result;
                }
                for (UnitOfWork.Participant participant : unit.participants) {
                    participant.prepare();
                }
                handle.commit();
                unit.open = false;
                for (UnitOfWork.Participant participant : unit.participants) {
                    try {
                        participant.commit();
                    } catch (RuntimeException e) {
                        // the ledger's rows are committed; a participant breaking its contract cannot undo them
                        log.warn("A unit-of-work participant failed to commit after the ledger committed", e);
                    }
                }
                return result;
            } catch (RuntimeException | Error e) {
                if (unit.open) {
                    unit.rollback();
                }
                throw e;
            } finally {
                unit.open = false;
                current.remove();
            }
        }
    }

    /**
     * On PostgreSQL, a call of the {@code agentiq_append_debits} function (a repeatable migration): it locks the
     * wallet, checks the key after the lock is taken, inserts the entry and moves the balance — one round trip
     * instead of a unit's seven. Debits that arrive while others are being written go together in the next call
     * (group commit; by default at most {@value #DEFAULT_DEBIT_BATCH} a call, {@value #DEFAULT_DEBIT_CALLS} calls at
     * once), so a busy store
     * spends one round trip and one commit on many debits. A batch that fails as a whole (a lock timeout, a deadlock
     * with a unit of work) sends each of its debits down the general path. On H2 (embedded, no round trips to save),
     * inside an open unit, and when the function is missing (migrations run by the application without
     * {@link ru.agentiq.jdbc.AgentIqJdbc#POSTGRESQL_MIGRATIONS}) there is no fast path.
     */
    @Override
    public Optional<CreditTransaction> appendDebitIfNew(NewCreditTransaction entry) {
        Checks.required(entry, "entry");
        if (dialect != Dialect.POSTGRESQL || !debitFunction || current.get() != null
                || entry.kind() != TransactionKind.DEBIT || entry.refundOf() != null) {
            return Optional.empty();
        }
        DebitOutcome outcome = debits.submit(entry);
        if (outcome.error() != null) {
            throw outcome.error();
        }
        return Optional.ofNullable(outcome.appended());
    }

    /** What the fast path did with one debit: appended it, left it to the general path (both null), or failed. */
    private record DebitOutcome(CreditTransaction appended, RuntimeException error) {
        static final DebitOutcome GENERAL_PATH = new DebitOutcome(null, null);
    }

    private List<DebitOutcome> appendDebits(List<NewCreditTransaction> entries) {
        try (Handle handle = jdbi.open()) {
            // auto-commit makes the call its own transaction without a COMMIT round trip
            CreditTransaction[] appended = handle.getConnection().getAutoCommit()
                    ? callAppendDebits(handle, entries)
                    : handle.inTransaction(h -> callAppendDebits(h, entries));
            List<DebitOutcome> outcomes = new ArrayList<>(entries.size());
            for (CreditTransaction transaction : appended) {
                outcomes.add(transaction == null ? DebitOutcome.GENERAL_PATH : new DebitOutcome(transaction, null));
            }
            return outcomes;
        } catch (SQLException e) {
            return Collections.nCopies(entries.size(), new DebitOutcome(null,
                    new LedgerException("could not read the connection's auto-commit mode: " + e.getMessage())));
        } catch (RuntimeException e) {
            if (SqlErrors.hasState(e, "42883")) {
                debitFunction = false;
                log.warn("The function agentiq_append_debits is missing (the schema was migrated without"
                        + " classpath:db/agentiq-postgresql); every debit now takes the general path");
            } else if (entries.size() == 1 && isLockTimeout(e)) {
                return List.of(new DebitOutcome(null, lockTimedOut(entries.get(0).account())));
            } else if (entries.size() == 1 && !SqlErrors.isRetryableConflict(e) && !SqlErrors.isUniqueViolation(e)
                    && !SqlErrors.hasState(e, "22003")) {
                return List.of(new DebitOutcome(null, e));
            }
            // nothing was written (the call was one transaction); each debit of a failed batch, a deadlock, a race on
            // a key or an out-of-range balance goes down the general path, which retries, replays or reports it
            return Collections.nCopies(entries.size(), DebitOutcome.GENERAL_PATH);
        }
    }

    /** The appended entry of each of {@code entries}, in their order; null where the function skipped one. */
    private CreditTransaction[] callAppendDebits(Handle handle, List<NewCreditTransaction> entries) {
        int n = entries.size();
        // wallets are locked in ascending account order, as UnitOfWork#lockWallets takes them: no deadlocks
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> entries.get(i).account()));
        String[] accounts = new String[n];
        String[] amounts = new String[n];
        String[] keys = new String[n];
        String[] initiatedBy = new String[n];
        String[] references = new String[n];
        String[] notes = new String[n];
        String[] createdAt = new String[n];
        for (int k = 0; k < n; k++) {
            NewCreditTransaction entry = entries.get(order[k]);
            accounts[k] = entry.account().value();
            amounts[k] = entry.amount().value().toPlainString();
            keys[k] = entry.idempotencyKey().value();
            initiatedBy[k] = entry.initiatedBy() == null ? null : entry.initiatedBy().value();
            references[k] = entry.referenceId();
            notes[k] = entry.note();
            createdAt[k] = entry.createdAt().toString();
        }
        CreditTransaction[] appended = new CreditTransaction[n];
        handle.createQuery("SELECT o_index, o_id, o_balance_after FROM agentiq_append_debits(:accounts, "
                        + "CAST(:amounts AS NUMERIC[]), :keys, :initiated_by, :references, :notes, "
                        + "CAST(:created_at AS TIMESTAMP WITH TIME ZONE[]), :lock_timeout_ms)")
                .bindArray("accounts", String.class, (Object[]) accounts)
                .bindArray("amounts", String.class, (Object[]) amounts)
                .bindArray("keys", String.class, (Object[]) keys)
                .bindArray("initiated_by", String.class, (Object[]) initiatedBy)
                .bindArray("references", String.class, (Object[]) references)
                .bindArray("notes", String.class, (Object[]) notes)
                .bindArray("created_at", String.class, (Object[]) createdAt)
                .bind("lock_timeout_ms", lockTimeout.toMillis())
                .map((rs, ctx) -> new AppendedRow(rs.getInt("o_index"), rs.getLong("o_id"),
                        rs.getBigDecimal("o_balance_after")))
                .forEach(row -> {
                    int original = order[row.index() - 1];
                    appended[original] = entries.get(original).toTransaction(TransactionId.of(row.id()),
                            Credits.of(row.balanceAfter()));
                });
        return appended;
    }

    /** A row of {@code agentiq_append_debits}: the 1-based position of the debit in the call, its id and balance. */
    private record AppendedRow(int index, long id, BigDecimal balanceAfter) {
    }

    private WalletLockTimeoutException lockTimedOut(AccountId account) {
        return new WalletLockTimeoutException(account, "waited " + lockTimeout + " for the wallet of account '"
                + account + "' and gave up: another unit of work holds it");
    }

    private boolean isLockTimeout(RuntimeException e) {
        return dialect == Dialect.POSTGRESQL ? SqlErrors.hasState(e, "55P03") : SqlErrors.hasState(e, "HYT00");
    }

    @Override
    public Optional<Wallet> findWallet(AccountId account, Instant now) {
        Checks.required(account, "account");
        Checks.required(now, "now");
        return jdbi.withHandle(handle -> readWallet(handle, account, now, false));
    }

    @Override
    public List<CreditTransaction> transactions(AccountId account, int limit, long offset) {
        if (limit < 0 || offset < 0) {
            throw new ru.agentiq.core.ValidationException("limit and offset must not be negative, were " + limit
                    + " and " + offset);
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + LedgerRows.TRANSACTION_COLUMNS
                        + " FROM credit_transactions WHERE account_id = :account ORDER BY id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .bind("account", account.value())
                .bind("limit", limit)
                .bind("offset", offset)
                .map(LedgerRows.TRANSACTION)
                .list());
    }

    @Override
    public long countTransactions(AccountId account) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM credit_transactions WHERE account_id = :account")
                .bind("account", account.value())
                .mapTo(Long.class)
                .one());
    }

    @Override
    public Optional<CreditTransaction> findTransaction(AccountId account, TransactionId id) {
        return jdbi.withHandle(handle -> transactionById(handle, account, id));
    }

    @Override
    public Optional<Hold> findHold(AccountId account, HoldId id) {
        return jdbi.withHandle(handle -> holdById(handle, account, id));
    }

    /** The wallet row (row-locked when {@code lock}) with its active holds summed, in one round trip. */
    private static Optional<Wallet> readWallet(Handle handle, AccountId account, Instant now, boolean lock) {
        return handle.createQuery("SELECT w.balance, w.created_at, w.updated_at, "
                        + "(SELECT COALESCE(SUM(h.amount), 0) FROM credit_holds h WHERE h.account_id = w.account_id "
                        + "AND h.status = 'held' AND h.expires_at > :now) AS held "
                        + "FROM credit_wallets w WHERE w.account_id = :account" + (lock ? " FOR UPDATE" : ""))
                .bind("account", account.value())
                .bind("now", Timestamps.bind(now))
                .map((rs, ctx) -> new Wallet(account, LedgerRows.credits(rs.getBigDecimal("balance")),
                        LedgerRows.credits(rs.getBigDecimal("held")), Timestamps.read(rs, "created_at"),
                        Timestamps.read(rs, "updated_at")))
                .findOne();
    }

    private static Optional<CreditTransaction> transactionById(Handle handle, AccountId account, TransactionId id) {
        return handle.createQuery("SELECT " + LedgerRows.TRANSACTION_COLUMNS
                        + " FROM credit_transactions WHERE account_id = :account AND id = :id")
                .bind("account", account.value())
                .bind("id", id.value())
                .map(LedgerRows.TRANSACTION)
                .findOne();
    }

    private static Optional<Hold> holdById(Handle handle, AccountId account, HoldId id) {
        return handle.createQuery("SELECT " + LedgerRows.HOLD_COLUMNS
                        + " FROM credit_holds WHERE account_id = :account AND id = :id")
                .bind("account", account.value())
                .bind("id", id.value())
                .map(LedgerRows.HOLD)
                .findOne();
    }

    /** One database transaction, confined to the thread that opened it. */
    private final class Unit implements UnitOfWork {
        private final Handle handle;
        private final Thread owner = Thread.currentThread();
        private final Map<AccountId, Credits> balances = new LinkedHashMap<>();
        final List<Participant> participants = new ArrayList<>();
        boolean open = true;
        boolean rollbackOnly;
        boolean failedInside;

        Unit(Handle handle) {
            this.handle = handle;
        }

        @Override
        public Wallet lockWallet(AccountId account, Instant now) {
            checkUsable();
            Checks.required(account, "account");
            Checks.required(now, "now");
            Optional<Wallet> wallet;
            try {
                wallet = readWallet(handle, account, now, true);
            } catch (RuntimeException e) {
                if (isLockTimeout(e)) {
                    throw lockTimedOut(account);
                }
                throw e;
            }
            if (wallet.isEmpty()) {
                // a concurrent unit creating the same wallet makes this insert fail on the primary key; the whole
                // unit then runs again and finds the row
                handle.createUpdate("INSERT INTO credit_wallets (account_id, balance, created_at, updated_at) "
                                + "VALUES (:account, 0, :now, :now)")
                        .bind("account", account.value())
                        .bind("now", Timestamps.bind(now))
                        .execute();
                wallet = readWallet(handle, account, now, true);
            }
            Wallet locked = wallet.orElseThrow();
            balances.put(account, locked.balance());
            return locked;
        }

        @Override
        public Optional<CreditTransaction> findTransactionByKey(AccountId account, IdempotencyKey key) {
            requireLocked(account);
            return handle.createQuery("SELECT " + LedgerRows.TRANSACTION_COLUMNS + " FROM credit_transactions "
                            + "WHERE account_id = :account AND idempotency_key = :key")
                    .bind("account", account.value())
                    .bind("key", key.value())
                    .map(LedgerRows.TRANSACTION)
                    .findOne();
        }

        @Override
        public Optional<CreditTransaction> findTransaction(AccountId account, TransactionId id) {
            requireLocked(account);
            return transactionById(handle, account, id);
        }

        @Override
        public Credits refundedAmount(AccountId account, TransactionId debit) {
            requireLocked(account);
            BigDecimal sum = handle.createQuery("SELECT COALESCE(SUM(amount), 0) FROM credit_transactions "
                            + "WHERE account_id = :account AND refund_of = :debit AND kind = 'refund'")
                    .bind("account", account.value())
                    .bind("debit", debit.value())
                    .mapTo(BigDecimal.class)
                    .one();
            return Credits.of(sum);
        }

        @Override
        public CreditTransaction append(NewCreditTransaction entry) {
            Checks.required(entry, "entry");
            Credits before = requireLocked(entry.account());
            // validates the range Credits can hold before the database's NUMERIC(18,8) would overflow
            before.plus(entry.amount());
            BigDecimal after = handle.createQuery(dialect.updateReturning("UPDATE credit_wallets SET "
                                    + "balance = balance + :amount, updated_at = GREATEST(updated_at, :at) "
                                    + "WHERE account_id = :account", "balance"))
                    .bind("amount", entry.amount().value())
                    .bind("at", Timestamps.bind(entry.createdAt()))
                    .bind("account", entry.account().value())
                    .mapTo(BigDecimal.class)
                    .one();
            Credits balanceAfter = Credits.of(after);
            long id;
            try {
                id = insertEntry(entry, balanceAfter);
            } catch (RuntimeException e) {
                // CreditLedger looks the key up first under the wallet lock, so only a broken caller gets here
                if (SqlErrors.isUniqueViolation(e)) {
                    throw conflict(entry.account(), entry.idempotencyKey(), "transaction");
                }
                throw e;
            }
            balances.put(entry.account(), balanceAfter);
            return entry.toTransaction(TransactionId.of(id), balanceAfter);
        }

        private long insertEntry(NewCreditTransaction entry, Credits balanceAfter) {
            return handle.createUpdate("INSERT INTO credit_transactions (account_id, kind, amount, balance_after, "
                            + "idempotency_key, initiated_by, reference_id, refund_of, note, created_at) VALUES "
                            + "(:account, :kind, :amount, :balance_after, :key, :initiated_by, :reference_id, "
                            + ":refund_of, :note, :created_at)")
                    .bind("account", entry.account().value())
                    .bind("kind", entry.kind().wire())
                    .bind("amount", entry.amount().value())
                    .bind("balance_after", balanceAfter.value())
                    .bind("key", entry.idempotencyKey().value())
                    .bind("initiated_by", entry.initiatedBy() == null ? null : entry.initiatedBy().value())
                    .bind("reference_id", entry.referenceId())
                    .bind("refund_of", entry.refundOf() == null ? null : entry.refundOf().value())
                    .bind("note", entry.note())
                    .bind("created_at", Timestamps.bind(entry.createdAt()))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
        }

        @Override
        public Optional<Hold> findHold(AccountId account, HoldId id) {
            requireLocked(account);
            return holdById(handle, account, id);
        }

        @Override
        public Optional<Hold> findHoldByKey(AccountId account, IdempotencyKey key) {
            requireLocked(account);
            return handle.createQuery("SELECT " + LedgerRows.HOLD_COLUMNS + " FROM credit_holds "
                            + "WHERE account_id = :account AND idempotency_key = :key")
                    .bind("account", account.value())
                    .bind("key", key.value())
                    .map(LedgerRows.HOLD)
                    .findOne();
        }

        @Override
        public Hold insertHold(NewHold hold) {
            Checks.required(hold, "hold");
            requireLocked(hold.account());
            if (findHoldByKey(hold.account(), hold.idempotencyKey()).isPresent()) {
                throw conflict(hold.account(), hold.idempotencyKey(), "hold");
            }
            long id = handle.createUpdate("INSERT INTO credit_holds (account_id, amount, idempotency_key, "
                            + "reference_id, note, status, created_at, expires_at) VALUES (:account, :amount, :key, "
                            + ":reference_id, :note, 'held', :created_at, :expires_at)")
                    .bind("account", hold.account().value())
                    .bind("amount", hold.amount().value())
                    .bind("key", hold.idempotencyKey().value())
                    .bind("reference_id", hold.referenceId())
                    .bind("note", hold.note())
                    .bind("created_at", Timestamps.bind(hold.createdAt()))
                    .bind("expires_at", Timestamps.bind(hold.expiresAt()))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            touch(hold.account(), hold.createdAt());
            return hold.toHold(HoldId.of(id));
        }

        @Override
        public Hold updateHold(Hold changed) {
            Checks.required(changed, "changed");
            requireLocked(changed.account());
            Hold before = holdById(handle, changed.account(), changed.id()).orElseThrow(() ->
                    new IllegalStateException("hold " + changed.id() + " of account '" + changed.account()
                            + "' does not exist"));
            if (!before.amount().equals(changed.amount())
                    || !before.idempotencyKey().equals(changed.idempotencyKey())) {
                throw new IllegalStateException("the amount and key of hold " + changed.id() + " cannot change");
            }
            handle.createUpdate("UPDATE credit_holds SET status = :status, resolved_at = :resolved_at, "
                            + "actual_cost = :actual_cost, charged = :charged, transaction_id = :transaction_id, "
                            + "reference_id = :reference_id, note = :note, expires_at = :expires_at "
                            + "WHERE account_id = :account AND id = :id")
                    .bind("status", changed.status().wire())
                    .bind("resolved_at", Timestamps.bind(changed.resolvedAt()))
                    .bind("actual_cost", LedgerRows.decimal(changed.actualCost()))
                    .bind("charged", LedgerRows.decimal(changed.charged()))
                    .bind("transaction_id", changed.transactionId() == null ? null : changed.transactionId().value())
                    .bind("reference_id", changed.referenceId())
                    .bind("note", changed.note())
                    .bind("expires_at", Timestamps.bind(changed.expiresAt()))
                    .bind("account", changed.account().value())
                    .bind("id", changed.id().value())
                    .execute();
            touch(changed.account(), changed.resolvedAt() == null ? before.createdAt() : changed.resolvedAt());
            return changed;
        }

        @Override
        public void enlist(Participant participant) {
            checkUsable();
            participants.add(Checks.required(participant, "participant"));
        }

        @Override
        public <R> Optional<R> unwrap(Class<R> type) {
            checkUsable();
            return type.isInstance(handle) ? Optional.of(type.cast(handle)) : Optional.empty();
        }

        @Override
        public void setRollbackOnly() {
            checkUsable();
            rollbackOnly = true;
        }

        void rollback() {
            open = false;
            try {
                handle.rollback();
            } catch (RuntimeException e) {
                log.warn("Rolling back a ledger unit of work failed", e);
            }
            for (Participant participant : participants) {
                try {
                    participant.rollback();
                } catch (RuntimeException e) {
                    log.warn("A unit-of-work participant failed to roll back", e);
                }
            }
        }

        private void touch(AccountId account, Instant at) {
            handle.createUpdate("UPDATE credit_wallets SET updated_at = GREATEST(updated_at, :at) "
                            + "WHERE account_id = :account")
                    .bind("at", Timestamps.bind(at))
                    .bind("account", account.value())
                    .execute();
        }

        private Credits requireLocked(AccountId account) {
            checkUsable();
            Credits balance = balances.get(account);
            if (balance == null) {
                throw new IllegalStateException("the wallet of account '" + account
                        + "' must be locked with lockWallet before this unit reads or writes it");
            }
            return balance;
        }

        private void checkUsable() {
            if (!open) {
                throw new IllegalStateException("this unit of work has ended");
            }
            if (Thread.currentThread() != owner) {
                throw new IllegalStateException("a unit of work must be used on the thread that opened it");
            }
        }

        private IdempotencyConflictException conflict(AccountId account, IdempotencyKey key, String what) {
            return new IdempotencyConflictException(account, key, "idempotency key '" + key + "' of account '"
                    + account + "' is already used by a " + what);
        }
    }
}
