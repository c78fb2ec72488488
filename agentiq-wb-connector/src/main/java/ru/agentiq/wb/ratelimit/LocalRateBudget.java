package ru.agentiq.wb.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.internal.Checks;

/**
 * {@link RateBudget} for one process: a Bucket4j bucket per {@link BudgetKey} (greedy refill, so requests are spread
 * evenly instead of bunched at period boundaries), timed by the injected {@link Clock} so tests can run on fake time.
 */
public final class LocalRateBudget implements RateBudget {

    private record Entry(Bucket bucket, Limit limit) {
    }

    private final Map<BudgetKey, Entry> buckets = new ConcurrentHashMap<>();
    private final Map<BudgetKey, Instant> blocked = new ConcurrentHashMap<>();
    private final Clock clock;
    private final TimeMeter meter;

    public LocalRateBudget(Clock clock) {
        this.clock = Checks.required(clock, "clock");
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Override
    public Duration tryAcquire(BudgetKey key, Limit limit) {
        Checks.required(key, "key");
        Checks.required(limit, "limit");
        Instant until = blocked.get(key);
        if (until != null) {
            Instant now = clock.instant();
            if (until.isAfter(now)) {
                return Duration.between(now, until);
            }
            blocked.remove(key, until);
        }
        Entry entry = buckets.compute(key, (k, current) ->
                current != null && current.limit().equals(limit) ? current : new Entry(bucket(limit), limit));
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Duration.ZERO;
        }
        // whole milliseconds, rounded up: a wait a nanosecond short would only cost a second, empty-handed round
        long millis = (probe.getNanosToWaitForRefill() + 999_999) / 1_000_000;
        return Duration.ofMillis(Math.max(1, millis));
    }

    @Override
    public void blockUntil(BudgetKey key, Instant until) {
        Checks.required(key, "key");
        Checks.required(until, "until");
        blocked.merge(key, until, (a, b) -> a.isAfter(b) ? a : b);
        Entry entry = buckets.get(key);
        if (entry != null) {
            // WB restores the burst only after its own reset; an empty bucket keeps us from bursting at once
            entry.bucket().tryConsumeAsMuchAsPossible();
        }
    }

    private Bucket bucket(Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.burst())
                        .refillGreedy(limit.requests(), limit.period()).build())
                .withCustomTimePrecision(meter)
                .build();
    }
}
