package ru.agentiq.core.sync;

import java.time.Duration;
import java.util.Optional;
import ru.agentiq.core.interaction.SellerId;

/**
 * Port: a per-seller mutual exclusion so one seller never syncs twice at once, across threads and — with a shared
 * implementation — across application instances. Non-blocking: a second sync is skipped, not queued.
 */
public interface SyncLock {

    /**
     * Takes the seller's lock if it is free (or its holder's lease expired after {@code ttl}).
     *
     * @param ttl how long the lease holds at most, measured from now; positive
     *
     * @return the lease to close when done, or empty when someone else holds the lock
     * @throws ru.agentiq.core.ValidationException when {@code ttl} is missing, zero or negative
     */
    Optional<Lease> tryAcquire(SellerId sellerId, Duration ttl);

    /** A held lock. Closing it twice, or after it expired and was taken by someone else, does nothing. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}
