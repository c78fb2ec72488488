package ru.agentiq.core.memory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.sync.SyncLock;

/**
 * {@link SyncLock} for one process: a lease per seller that expires after its TTL (measured on the injected clock), so
 * a holder that died does not block the seller for ever.
 */
public final class InMemorySyncLock implements SyncLock {

    private record Holder(Object token, Instant expiresAt) {
    }

    private final Map<SellerId, Holder> holders = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySyncLock(Clock clock) {
        this.clock = Checks.required(clock, "clock");
    }

    @Override
    public Optional<Lease> tryAcquire(SellerId sellerId, Duration ttl) {
        Checks.required(sellerId, "sellerId");
        Checks.required(ttl, "ttl");
        if (ttl.isZero() || ttl.isNegative()) {
            // a lease that is expired when taken would let every caller in at once
            throw new ValidationException("ttl must be positive, was " + ttl);
        }
        Object token = new Object();
        Instant now = clock.instant();
        Holder mine = new Holder(token, now.plus(ttl));
        Holder result = holders.compute(sellerId, (k, current) ->
                current == null || !current.expiresAt().isAfter(now) ? mine : current);
        if (result.token() != token) {
            return Optional.empty();
        }
        return Optional.of(() -> holders.remove(sellerId, mine));
    }
}
