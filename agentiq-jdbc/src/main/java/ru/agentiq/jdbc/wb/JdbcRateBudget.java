package ru.agentiq.jdbc.wb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.jdbc.internal.Timestamps;
import ru.agentiq.wb.ratelimit.BudgetKey;
import ru.agentiq.wb.ratelimit.Limit;
import ru.agentiq.wb.ratelimit.RateBudget;

/**
 * {@link RateBudget} shared by every application instance on one database, so that together they stay inside WB's
 * limit per seller account, token type and category. One row per bucket in {@code wb_rate_buckets}.
 *
 * <p>The bucket is kept as a generic cell rate algorithm — the exact equivalent of a token bucket of capacity
 * {@code burst} refilled by one token per interval, held in one number instead of two: the theoretical arrival time
 * {@code tat} of the next request. A request at {@code now} is allowed when {@code max(tat, now) - now ≤ (burst - 1)
 * × interval}, and then moves {@code tat} to {@code max(tat, now) + interval}. Checking and taking are one
 * {@code UPDATE … WHERE}, so the database's row lock serialises racing instances and no two of them can spend the same
 * token. The interval is rounded up to the nanosecond, so the bucket never runs faster than WB's limit.
 *
 * <p>Time comes from the injected clock. Instances sharing the table should keep their clocks in sync (NTP): an
 * instance whose clock runs δ ahead can spend at most δ / interval requests early.
 */
public final class JdbcRateBudget implements RateBudget {

    /** Rounds of update-then-insert before giving up on a bucket that keeps changing under us. */
    private static final int MAX_ROUNDS = 5;
    private static final String WHERE_KEY = " WHERE account = :account AND token_type = :token_type "
            + "AND category = :category";

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbcRateBudget(Jdbi jdbi, Clock clock) {
        this.jdbi = Checks.required(jdbi, "jdbi");
        this.clock = Checks.required(clock, "clock");
    }

    @Override
    public Duration tryAcquire(BudgetKey key, Limit limit) {
        Checks.required(key, "key");
        Checks.required(limit, "limit");
        long interval = intervalNanos(limit);
        long tolerance = Math.multiplyExact(limit.burst() - 1L, interval);
        Instant now = Checks.micros(clock.instant());
        long nowNanos = epochNanos(now);
        return jdbi.withHandle(handle -> {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                int taken = bindKey(handle.createUpdate("UPDATE wb_rate_buckets SET "
                                + "next_free_nanos = GREATEST(next_free_nanos, :now) + :interval, "
                                + "interval_nanos = :interval, burst = :burst" + WHERE_KEY
                                + " AND GREATEST(next_free_nanos, :now) - :now <= :tolerance "
                                + "AND (blocked_until IS NULL OR blocked_until <= :now_at)"), key)
                        .bind("now", nowNanos)
                        .bind("interval", interval)
                        .bind("burst", limit.burst())
                        .bind("tolerance", tolerance)
                        .bind("now_at", Timestamps.bind(now))
                        .execute();
                if (taken == 1) {
                    return Duration.ZERO;
                }
                Optional<State> state = state(handle, key);
                if (state.isEmpty()) {
                    // a new bucket starts full: this request takes its first token
                    if (insert(handle, key, nowNanos + interval, interval, limit.burst(), null) == 1) {
                        return Duration.ZERO;
                    }
                    continue;
                }
                Duration wait = state.get().wait(now, nowNanos, tolerance);
                if (!wait.isZero()) {
                    return wait;
                }
                // the bucket changed between the two statements (its limit did): decide again
            }
            return Duration.ofMillis(1);
        });
    }

    @Override
    public void blockUntil(BudgetKey key, Instant until) {
        Checks.required(key, "key");
        Checks.required(until, "until");
        Instant now = Checks.micros(clock.instant());
        long nowNanos = epochNanos(now);
        Instant end = Checks.micros(until);
        jdbi.useHandle(handle -> {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                // WB restores the burst only after its own reset: the bucket is emptied now and refills from there
                int updated = bindKey(handle.createUpdate("UPDATE wb_rate_buckets SET "
                                + "blocked_until = GREATEST(COALESCE(blocked_until, :until), :until), "
                                + "next_free_nanos = GREATEST(next_free_nanos, :now + interval_nanos * burst)"
                                + WHERE_KEY), key)
                        .bind("until", Timestamps.bind(end))
                        .bind("now", nowNanos)
                        .execute();
                if (updated == 1 || insert(handle, key, nowNanos, 0, 0, end) == 1) {
                    return;
                }
            }
        });
    }

    /** Bucket state read after a refused take, to say how long to wait. */
    private record State(long nextFreeNanos, Instant blockedUntil) {
        Duration wait(Instant now, long nowNanos, long tolerance) {
            Duration blocked = blockedUntil != null && blockedUntil.isAfter(now)
                    ? Duration.between(now, blockedUntil) : Duration.ZERO;
            long bucketNanos = Math.max(nextFreeNanos, nowNanos) - nowNanos - tolerance;
            // whole milliseconds, rounded up: a wait a nanosecond short would only cost an empty-handed round
            Duration bucket = bucketNanos > 0 ? Duration.ofMillis((bucketNanos + 999_999) / 1_000_000)
                    : Duration.ZERO;
            return blocked.compareTo(bucket) >= 0 ? blocked : bucket;
        }
    }

    private static Optional<State> state(Handle handle, BudgetKey key) {
        return bindKey(handle.createQuery("SELECT next_free_nanos, blocked_until FROM wb_rate_buckets" + WHERE_KEY),
                key)
                .map((rs, ctx) -> new State(rs.getLong("next_free_nanos"), Timestamps.read(rs, "blocked_until")))
                .findOne();
    }

    private static int insert(Handle handle, BudgetKey key, long nextFreeNanos, long interval, int burst,
            Instant blockedUntil) {
        return bindKey(handle.createUpdate("INSERT INTO wb_rate_buckets (account, token_type, category, "
                        + "next_free_nanos, interval_nanos, burst, blocked_until) VALUES (:account, :token_type, "
                        + ":category, :next_free, :interval, :burst, :blocked_until) ON CONFLICT DO NOTHING"), key)
                .bind("next_free", nextFreeNanos)
                .bind("interval", interval)
                .bind("burst", burst)
                .bind("blocked_until", Timestamps.bind(blockedUntil))
                .execute();
    }

    private static <S extends SqlStatement<S>> S bindKey(S statement, BudgetKey key) {
        return statement
                .bind("account", key.account())
                .bind("token_type", key.type().name())
                .bind("category", key.category().name());
    }

    /** The limit's interval in nanoseconds, rounded up so the bucket never refills faster than the limit. */
    static long intervalNanos(Limit limit) {
        long period = limit.period().toNanos();
        return (period + limit.requests() - 1) / limit.requests();
    }

    private static long epochNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    @Override
    public String toString() {
        return "JdbcRateBudget";
    }
}
