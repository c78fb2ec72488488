package ru.agentiq.wb.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * Port: the request budget of WB buckets. The in-process {@link LocalRateBudget} uses Bucket4j; a shared
 * implementation (the JDBC module's PostgreSQL-backed one) lets several application instances spend one budget per
 * seller. Implementations must be safe for concurrent use.
 */
public interface RateBudget {

    /**
     * Takes one request from the bucket if one is available now.
     *
     * @param limit the bucket's shape (implementations create the bucket on first use)
     * @return {@link Duration#ZERO} when taken; otherwise how long until one will be (nothing is taken)
     */
    Duration tryAcquire(BudgetKey key, Limit limit);

    /**
     * Records that WB refused calls of this bucket until {@code until} (a 429); {@link #tryAcquire} answers with at
     * least the remaining time until then, so no instance asks early and extends WB's penalty.
     */
    void blockUntil(BudgetKey key, Instant until);
}
