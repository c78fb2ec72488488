package ru.agentiq.jdbc.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.sync.SyncLock;
import ru.agentiq.jdbc.internal.Timestamps;

/**
 * {@link SyncLock} shared by every application instance on one database: a lease row per seller in
 * {@code sync_locks} with a random token and an expiry. Taking the lock is one atomic statement — an insert when the
 * seller has no row, or an update that only matches an expired row — so of any number of racing instances exactly one
 * wins; closing deletes the row only if it still carries this lease's token, so a late close never frees a newer
 * holder's lease.
 *
 * <p>A lease table rather than PostgreSQL advisory locks: the port's leases expire after their TTL (a hung holder
 * does not block its seller for ever), a lease holds no database connection while the sync runs for minutes, and the
 * same statements run on PostgreSQL and H2. Expiry is measured on the injected clock, so instances sharing the table
 * should keep their clocks in sync (NTP); a skew of seconds against a TTL of minutes does not matter.
 */
public final class JdbcSyncLock implements SyncLock {

    private static final Logger log = LoggerFactory.getLogger(JdbcSyncLock.class);

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbcSyncLock(Jdbi jdbi, Clock clock) {
        this.jdbi = Checks.required(jdbi, "jdbi");
        this.clock = Checks.required(clock, "clock");
    }

    @Override
    public Optional<Lease> tryAcquire(SellerId sellerId, Duration ttl) {
        Checks.required(sellerId, "sellerId");
        Checks.required(ttl, "ttl");
        if (ttl.isZero() || ttl.isNegative()) {
            throw new ValidationException("ttl must be positive, was " + ttl);
        }
        Instant now = Checks.micros(clock.instant());
        Instant expiresAt = Checks.micros(now.plus(ttl));
        String token = UUID.randomUUID().toString();
        boolean taken = jdbi.withHandle(handle -> {
            int inserted = handle.createUpdate("INSERT INTO sync_locks (seller_id, lease_token, acquired_at, "
                            + "expires_at) VALUES (:seller, :token, :now, :expires) ON CONFLICT DO NOTHING")
                    .bind("seller", sellerId.value())
                    .bind("token", token)
                    .bind("now", Timestamps.bind(now))
                    .bind("expires", Timestamps.bind(expiresAt))
                    .execute();
            if (inserted == 1) {
                return true;
            }
            // the condition is re-checked on the row's newest version after a concurrent taker's commit
            return handle.createUpdate("UPDATE sync_locks SET lease_token = :token, acquired_at = :now, "
                            + "expires_at = :expires WHERE seller_id = :seller AND expires_at <= :now")
                    .bind("seller", sellerId.value())
                    .bind("token", token)
                    .bind("now", Timestamps.bind(now))
                    .bind("expires", Timestamps.bind(expiresAt))
                    .execute() == 1;
        });
        return taken ? Optional.of(new RowLease(sellerId, token)) : Optional.empty();
    }

    private final class RowLease implements Lease {
        private final SellerId sellerId;
        private final String token;
        private final AtomicBoolean closed = new AtomicBoolean();

        RowLease(SellerId sellerId, String token) {
            this.sellerId = sellerId;
            this.token = token;
        }

        /**
         * Deletes the lease row if it is still this lease's. A database error is logged, not thrown: the sync's own
         * outcome matters more than the release, and the lease expires after its TTL anyway.
         */
        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            try {
                jdbi.useHandle(handle -> handle.createUpdate(
                                "DELETE FROM sync_locks WHERE seller_id = :seller AND lease_token = :token")
                        .bind("seller", sellerId.value())
                        .bind("token", token)
                        .execute());
            } catch (JdbiException e) {
                log.warn("sync_lock_release_failed seller={} reason={}; the lease expires after its ttl", sellerId,
                        e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "SyncLock.Lease[seller=" + sellerId + "]";
        }
    }
}
