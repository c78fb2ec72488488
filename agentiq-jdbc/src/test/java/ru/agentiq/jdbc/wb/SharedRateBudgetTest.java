package ru.agentiq.jdbc.wb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;
import ru.agentiq.wb.auth.ApiCategory;
import ru.agentiq.wb.auth.TokenType;
import ru.agentiq.wb.ratelimit.BudgetKey;
import ru.agentiq.wb.ratelimit.Limit;
import ru.agentiq.wb.ratelimit.RateBudget;

/**
 * Several application instances (separate {@link JdbcRateBudget}s, each with its own adapters and connections) on one
 * database, many threads each, hammer one bucket while a shared fake clock moves in steps: in every window of time the
 * requests granted by all of them together never exceed what the bucket allows, and the bucket hands out all of it.
 */
class SharedRateBudgetTest {

    private static final BudgetKey KEY = new BudgetKey("seller:1", TokenType.PERSONAL, ApiCategory.CHAT);
    /** 10 per second, burst 5: one request per 100 ms. */
    private static final Limit LIMIT = new Limit(10, Duration.ofSeconds(1), 5);
    /** Not a divisor of the interval, so tokens refill across steps. */
    private static final Duration STEP = Duration.ofMillis(30);

    @Test
    void fourInstancesOnPostgresTogetherStayInsideTheLimitInEveryWindow() throws Exception {
        assertInstancesShareOneBudget(TestDatabases.postgres(), 4, 2, 30);
    }

    @Test
    void twoInstancesOnH2TogetherStayInsideTheLimitInEveryWindow() throws Exception {
        assertInstancesShareOneBudget(TestDatabases.h2(), 2, 2, 30);
    }

    private static void assertInstancesShareOneBudget(DataSource database, int instances, int threadsPerInstance,
            int steps) throws Exception {
        SteppedClock clock = new SteppedClock(Instant.parse("2026-09-01T10:00:00Z"));
        List<RateBudget> budgets = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            AgentIqJdbc jdbc = AgentIqJdbc.builder(database).migrate(false).clock(clock).build();
            budgets.add(JdbcWbAdapters.builder(jdbc).build().rateBudget());
        }
        int threads = instances * threadsPerInstance;
        AtomicIntegerArray granted = new AtomicIntegerArray(steps);
        // every thread makes its attempts at one instant; then the clock moves a step and all go again
        CyclicBarrier barrier = new CyclicBarrier(threads, () -> clock.advance(STEP));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                RateBudget budget = budgets.get(t % instances);
                workers.add(pool.submit(() -> {
                    for (int step = 0; step < steps; step++) {
                        for (int attempt = 0; attempt < 2; attempt++) {
                            if (budget.tryAcquire(KEY, LIMIT).isZero()) {
                                granted.incrementAndGet(step);
                            }
                        }
                        barrier.await(60, TimeUnit.SECONDS);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        long interval = LIMIT.period().toNanos() / LIMIT.requests();
        for (int from = 0; from < steps; from++) {
            int sum = 0;
            for (int to = from; to < steps; to++) {
                sum += granted.get(to);
                long allowed = LIMIT.burst() + STEP.toNanos() * (to - from) / interval;
                assertThat(sum).as("granted in steps %d..%d", from, to).isLessThanOrEqualTo((int) allowed);
            }
        }
        int total = 0;
        for (int step = 0; step < steps; step++) {
            total += granted.get(step);
        }
        long refilled = STEP.toNanos() * (steps - 1) / interval;
        assertThat(total).as("the whole burst plus every refilled request is handed out")
                .isEqualTo(LIMIT.burst() + (int) refilled);
    }

    /** A clock only the barrier moves. */
    private static final class SteppedClock extends Clock {
        private final AtomicReference<Instant> now;

        SteppedClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
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
