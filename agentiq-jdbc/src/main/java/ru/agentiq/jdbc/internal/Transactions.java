package ru.agentiq.jdbc.internal;

import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/** Runs a unit of work in a transaction and retries it when a concurrent writer got in the way. */
public final class Transactions {

    /** Enough for a few racing writers on one row; more means something else is wrong. */
    public static final int MAX_ATTEMPTS = 5;

    private Transactions() {
    }

    /**
     * Runs {@code work} in a READ COMMITTED transaction; a unique violation (another writer inserted the same key
     * first) or a transient lock conflict rolls back and runs {@code work} again, up to {@link #MAX_ATTEMPTS} times.
     */
    public static <R, X extends Exception> R retrying(Jdbi jdbi, HandleCallback<R, X> work) throws X {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, work::withHandle);
            } catch (RuntimeException e) {
                boolean retryable = SqlErrors.isUniqueViolation(e) || SqlErrors.isRetryableConflict(e);
                if (!retryable || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
