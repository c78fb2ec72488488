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
