package ru.agentiq.billing.ledger;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;

/**
 * Port: one all-or-nothing unit of ledger work, opened by {@link LedgerStore#inUnitOfWork(Work)}. Everything written
 * through it — ledger entries, holds, usage events, and the caller's own rows — becomes visible together when the work
 * returns, or not at all when it throws (the seed's single-commit policy, F41).
 *
 * <p>Wallets are locked explicitly: {@link #lockWallet} (get-or-create at 0, then lock until the unit ends) must be
 * called before any read or write of that wallet through this unit, so every write to a wallet is serialised and
 * sees the committed state of the writes before it. On SQL this is {@code SELECT … FOR UPDATE} (or
 * {@code INSERT … ON CONFLICT DO NOTHING} first for the lazy creation). A unit that needs several wallets locks them
 * with {@link #lockWallets}, which takes them in one global order so that two units can never deadlock.
 *
 * <p>The caller's own rows join the unit in one of two ways: an adapter exposes its native transaction through
 * {@link #unwrap(Class)} (a JDBC adapter hands out its connection handle), or in-memory or remote resources register a
 * {@link Participant} that is told to prepare, commit or roll back.
 *
 * <p>A unit of work is confined to the thread that opened it and must not be used after its work returns.
 */
public interface UnitOfWork {

    /**
     * Gets or creates (at balance 0) the wallet of {@code account} and locks it until this unit ends. Calling it again
     * for the same account returns the wallet as this unit sees it (its own uncommitted writes included).
     *
     * @param now the time the caller acts at: sets {@code createdAt} of a new wallet and decides which holds have
     *            expired
     * @throws WalletLockTimeoutException when another unit holds the wallet longer than the store waits
     */
    Wallet lockWallet(AccountId account, Instant now);

    /** Locks several wallets in ascending account order (see the class comment) and returns them in that order. */
    default List<Wallet> lockWallets(Collection<AccountId> accounts, Instant now) {
        return accounts.stream().distinct().sorted().map(account -> lockWallet(account, now)).toList();
    }

    /** The entry written with {@code key} to this wallet, committed or written by this unit. Wallet must be locked. */
    Optional<CreditTransaction> findTransactionByKey(AccountId account, IdempotencyKey key);

    /** An entry of this wallet by id, committed or written by this unit. Wallet must be locked. */
    Optional<CreditTransaction> findTransaction(AccountId account, TransactionId id);

    /** Sum of the refunds already written against {@code debit} (positive, zero when none). Wallet must be locked. */
    Credits refundedAmount(AccountId account, TransactionId debit);

    /**
     * Appends an entry: adds its amount to the balance (one atomic step; on SQL
     * {@code UPDATE … SET balance = balance + ? … RETURNING balance}) and stores the entry with the new balance as
     * {@code balanceAfter}. Wallet must be locked.
     *
     * @throws IdempotencyConflictException when the wallet already has an entry with this key (the unique index); the
     *                                      caller checks first, so this only guards against a broken caller
     * @throws ru.agentiq.core.ValidationException when the balance would leave the range {@link Credits} can hold
     */
    CreditTransaction append(NewCreditTransaction entry);

    /** A hold of this wallet by id, as this unit sees it. Wallet must be locked. */
    Optional<Hold> findHold(AccountId account, HoldId id);

    /** The hold placed with {@code key} in this wallet, as this unit sees it. Wallet must be locked. */
    Optional<Hold> findHoldByKey(AccountId account, IdempotencyKey key);

    /**
     * Inserts a hold. Its amount counts in {@link Wallet#held()} while it is active. Wallet must be locked.
     *
     * @throws IdempotencyConflictException when the wallet already has a hold with this key
     */
    Hold insertHold(NewHold hold);

    /** Stores a hold's new state (captured or released); id, account and amount never change. Wallet must be locked. */
    Hold updateHold(Hold changed);

    /** Registers a participant that commits or rolls back with this unit, in registration order. */
    void enlist(Participant participant);

    /**
     * The store's native transaction object of the given type, for adapters that write their own rows in the same
     * database transaction (for example a Jdbi {@code Handle}); empty when the store has none of that type.
     */
    <R> Optional<R> unwrap(Class<R> type);

    /** Marks this unit so that it rolls back when its work returns, even normally. */
    void setRollbackOnly();

    /**
     * Work to run in a unit. May be run again by a store that retries on a serialisation failure, so it must have no
     * effects outside the unit.
     */
    @FunctionalInterface
    interface Work<T> {
        T execute(UnitOfWork unit);
    }

    /**
     * A resource that commits or rolls back with a unit of work (usage events held in memory, a caller's own rows).
     * Callbacks run on the thread of the unit, while its wallet locks are held.
     */
    interface Participant {

        /**
         * Last check before anything is made visible; throwing here rolls the whole unit back (use it for unique
         * constraints). Runs for every participant before any {@link #commit()}.
         */
        default void prepare() {
        }

        /** Makes this participant's writes visible. Must not fail: the ledger's writes are already committed. */
        void commit();

        /** Discards this participant's writes. Called when the unit rolls back, also after a failed prepare. */
        default void rollback() {
        }
    }
}
