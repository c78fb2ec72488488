package ru.agentiq.billing.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.agentiq.billing.AccountId;

/**
 * Port: where wallets, their entries and their holds live. It stores and reads; every rule is in
 * {@link CreditLedger}, so any adapter that honours this contract behaves exactly like the in-memory one (the
 * conformance kit in this module's test jar checks it).
 *
 * <p>Implementations must be safe for concurrent use. Writes happen only inside
 * {@link #inUnitOfWork(UnitOfWork.Work)}; the read methods here see committed data only, and every read is scoped by
 * account.
 */
public interface LedgerStore {

    /**
     * Runs {@code work} in one unit of work and commits when it returns normally; rolls back and rethrows when it
     * throws, leaving no trace of the unit (not even a lazily created wallet).
     *
     * <p>Called while a unit of this store is already open on the current thread, the work joins that unit instead of
     * opening a second one: it commits with the outer unit. If joined work throws, the outer unit is marked
     * rollback-only, so a caught exception cannot commit half of a unit.
     *
     * @throws LedgerException when the unit was marked rollback-only and therefore rolled back
     */
    <T> T inUnitOfWork(UnitOfWork.Work<T> work);

    /**
     * Optional fast path for the ledger's most frequent write, a plain debit posted on its own: when no unit of this
     * store is open on the calling thread, the wallet of {@code entry.account()} exists, and neither an entry nor a
     * hold of that wallet uses {@code entry.idempotencyKey()}, appends {@code entry} exactly as
     * {@link UnitOfWork#append} would (balance moved in one atomic step, {@code balanceAfter} stored), commits it, and
     * returns it. In every other case it writes nothing and returns empty, and {@link CreditLedger} takes the general
     * path, which decides replays, conflicts, wallet creation and range errors. A store that needs a round trip per
     * statement (a database over the network) gains most: the whole debit can be one.
     *
     * <p>The wallet is locked for the append and the key checked after the lock is taken, so the fast path is
     * serialised with units of work on the same wallet exactly like another unit. It waits for a locked wallet as
     * long as a unit would and then fails with {@link WalletLockTimeoutException}.
     *
     * @param entry a {@link TransactionKind#DEBIT debit} the ledger has validated
     * @return the committed entry, or empty when the general path must decide; the default has no fast path
     */
    default Optional<CreditTransaction> appendDebitIfNew(NewCreditTransaction entry) {
        return Optional.empty();
    }

    /**
     * The committed wallet of {@code account}, with {@link Wallet#held()} counting holds still active at
     * {@code now}; empty when the account has never written to the ledger.
     */
    Optional<Wallet> findWallet(AccountId account, Instant now);

    /** Committed entries of {@code account}, newest first (by id), skipping {@code offset}, at most {@code limit}. */
    List<CreditTransaction> transactions(AccountId account, int limit, long offset);

    /** Number of committed entries of {@code account}. */
    long countTransactions(AccountId account);

    /** A committed entry of {@code account} by id. */
    Optional<CreditTransaction> findTransaction(AccountId account, TransactionId id);

    /** A committed hold of {@code account} by id. */
    Optional<Hold> findHold(AccountId account, HoldId id);
}
