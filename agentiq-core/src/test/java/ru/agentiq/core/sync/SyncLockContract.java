package ru.agentiq.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.SellerId;

/**
 * Conformance kit for {@link SyncLock}: mutual exclusion per seller, leases that expire after their TTL on the
 * injected clock, and closes that never release someone else's lease. Implementations shared between application
 * instances also override {@link #otherInstance} so the kit checks that a second instance sees the first one's lease.
 */
public abstract class SyncLockContract {

    protected static final SellerId SELLER = SellerId.of(1);
    protected static final SellerId OTHER_SELLER = SellerId.of(2);
    protected static final Duration TTL = Duration.ofMinutes(30);

    protected final ManualClock clock = new ManualClock(Instant.parse("2026-11-20T09:00:00Z"));
    protected SyncLock lock;

    /** A new lock, with no lease held, timed by {@code clock}. */
    protected abstract SyncLock newLock(Clock clock);

    /**
     * Another instance over the same shared state as the last {@link #newLock} (for a database-backed lock: a second
     * object on the same database, as a second application instance would have). The default is the same object.
     */
    protected SyncLock otherInstance(Clock clock) {
        return lock;
    }

    @BeforeEach
    void createLock() {
        lock = newLock(clock);
    }

    @Test
    void aFreeLockIsTakenAndASecondAttemptIsRefusedWhileItIsHeld() {
        Optional<SyncLock.Lease> first = lock.tryAcquire(SELLER, TTL);

        assertThat(first).isPresent();
        assertThat(lock.tryAcquire(SELLER, TTL)).isEmpty();
    }

    @Test
    void anotherInstanceSeesTheLease() {
        SyncLock other = otherInstance(clock);
        SyncLock.Lease lease = lock.tryAcquire(SELLER, TTL).orElseThrow();

        assertThat(other.tryAcquire(SELLER, TTL)).isEmpty();
        lease.close();
        assertThat(other.tryAcquire(SELLER, TTL)).isPresent();
    }

    @Test
    void sellersHaveSeparateLocks() {
        lock.tryAcquire(SELLER, TTL).orElseThrow();

        assertThat(lock.tryAcquire(OTHER_SELLER, TTL)).isPresent();
    }

    @Test
    void closingTheLeaseFreesTheLock() {
        lock.tryAcquire(SELLER, TTL).orElseThrow().close();

        assertThat(lock.tryAcquire(SELLER, TTL)).isPresent();
    }

    @Test
    void aLeaseIsHeldUntilItsTtlAndExpiresWhenItEnds() {
        lock.tryAcquire(SELLER, TTL).orElseThrow();

        clock.advance(TTL.minusMillis(1));
        assertThat(lock.tryAcquire(SELLER, TTL)).as("one millisecond before the end").isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(lock.tryAcquire(SELLER, TTL)).as("at the end").isPresent();
    }

    @Test
    void aNewHolderIsSafeFromTheExpiredHoldersLateClose() {
        SyncLock.Lease expired = lock.tryAcquire(SELLER, Duration.ofSeconds(10)).orElseThrow();
        clock.advance(Duration.ofSeconds(11));
        SyncLock.Lease current = otherInstance(clock).tryAcquire(SELLER, TTL).orElseThrow();

        expired.close();

        assertThat(lock.tryAcquire(SELLER, TTL)).as("the new holder keeps the lock").isEmpty();
        current.close();
        assertThat(lock.tryAcquire(SELLER, TTL)).isPresent();
    }

    @Test
    void closingTwiceDoesNothingTheSecondTime() {
        SyncLock.Lease first = lock.tryAcquire(SELLER, TTL).orElseThrow();
        first.close();
        SyncLock.Lease second = lock.tryAcquire(SELLER, TTL).orElseThrow();

        first.close();

        assertThat(lock.tryAcquire(SELLER, TTL)).isEmpty();
        second.close();
    }

    @Test
    void eachAcquisitionHasItsOwnTtl() {
        lock.tryAcquire(SELLER, Duration.ofSeconds(5)).orElseThrow().close();
        lock.tryAcquire(SELLER, Duration.ofHours(2)).orElseThrow();

        clock.advance(Duration.ofMinutes(90));

        assertThat(lock.tryAcquire(SELLER, TTL)).isEmpty();
    }

    @Test
    void refusesAMissingSellerAndAMissingOrNonPositiveTtl() {
        assertThatThrownBy(() -> lock.tryAcquire(null, TTL)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("sellerId");
        assertThatThrownBy(() -> lock.tryAcquire(SELLER, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("ttl");
        assertThatThrownBy(() -> lock.tryAcquire(SELLER, Duration.ZERO)).isInstanceOf(ValidationException.class)
                .hasMessage("ttl must be positive, was PT0S");
    }

    @Test
    void ofManyConcurrentContendersExactlyOneGetsTheLock() throws Exception {
        assertThat(race()).isEqualTo(1);
    }

    @Test
    void ofManyConcurrentContendersForAnExpiredLeaseExactlyOneGetsIt() throws Exception {
        lock.tryAcquire(SELLER, Duration.ofSeconds(10)).orElseThrow();
        clock.advance(Duration.ofSeconds(10));

        assertThat(race()).isEqualTo(1);
    }

    /** Eight contenders, half on another instance, try at once; returns how many got the lock. */
    private int race() throws Exception {
        int contenders = 8;
        List<SyncLock> locks = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            locks.add(i % 2 == 0 ? lock : otherInstance(clock));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        List<Future<Optional<SyncLock.Lease>>> results = new ArrayList<>();
        try {
            for (SyncLock contender : locks) {
                results.add(pool.submit(() -> {
                    start.await();
                    return contender.tryAcquire(SELLER, TTL);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Optional<SyncLock.Lease>> result : results) {
                won += result.get(60, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            return won;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A clock the kit moves by hand; thread-safe. */
    protected static final class ManualClock extends Clock {
        private final AtomicReference<Instant> now;

        public ManualClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        public void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
