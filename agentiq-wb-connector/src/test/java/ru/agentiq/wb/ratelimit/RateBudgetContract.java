package ru.agentiq.wb.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.wb.auth.ApiCategory;
import ru.agentiq.wb.auth.TokenType;

/**
 * Conformance kit for {@link RateBudget}: WB's token buckets (burst at once, then one request per interval, nothing
 * taken when refused), cooldowns after a 429, and — for shared implementations, which override
 * {@link #otherInstance} — one budget spent by several application instances. Time is the kit's manual clock.
 */
public abstract class RateBudgetContract {

    protected static final BudgetKey KEY = new BudgetKey("seller:1", TokenType.PERSONAL,
            ApiCategory.FEEDBACKS_QUESTIONS);
    /** 3 per second, burst 6: an interval of 333.33 ms. */
    protected static final Limit LIMIT = RateLimits.FEEDBACKS_QUESTIONS;

    protected final ManualClock clock = new ManualClock(Instant.parse("2026-09-01T10:00:00Z"));
    protected RateBudget budget;

    /** A new budget, every bucket full, timed by {@code clock}. */
    protected abstract RateBudget newBudget(Clock clock);

    /** Another instance spending the same budgets as the last {@link #newBudget}; the default is the same object. */
    protected RateBudget otherInstance(Clock clock) {
        return budget;
    }

    @BeforeEach
    void createBudget() {
        budget = newBudget(clock);
    }

    private int drain(RateBudget from, BudgetKey key, Limit limit) {
        int taken = 0;
        while (from.tryAcquire(key, limit).isZero()) {
            taken++;
            assertThat(taken).as("a bucket never gives more than its burst at one instant").isLessThanOrEqualTo(
                    limit.burst());
        }
        return taken;
    }

    @Test
    void givesTheBurstAtOnceThenOneRequestPerInterval() {
        assertThat(drain(budget, KEY, LIMIT)).isEqualTo(6);

        Duration wait = budget.tryAcquire(KEY, LIMIT);
        assertThat(wait).isEqualTo(Duration.ofMillis(334));
        clock.advance(wait);

        assertThat(budget.tryAcquire(KEY, LIMIT)).isZero();
        assertThat(budget.tryAcquire(KEY, LIMIT)).isPositive();
    }

    @Test
    void theAnnouncedWaitIsNeverTooShort() {
        drain(budget, KEY, LIMIT);
        Duration wait = budget.tryAcquire(KEY, LIMIT);

        clock.advance(wait.minusMillis(1));

        assertThat(budget.tryAcquire(KEY, LIMIT)).isPositive();
    }

    @Test
    void aRefusedRequestTakesNothing() {
        drain(budget, KEY, LIMIT);
        for (int i = 0; i < 20; i++) {
            assertThat(budget.tryAcquire(KEY, LIMIT)).isPositive();
        }

        clock.advance(Duration.ofMillis(334));

        assertThat(drain(budget, KEY, LIMIT)).isEqualTo(1);
    }

    @Test
    void refillsEvenlyUpToTheBurstAndNoFurther() {
        drain(budget, KEY, LIMIT);

        // a millisecond more than a second: implementations may round the 333.33 ms interval up to their time unit
        clock.advance(Duration.ofMillis(1001));
        assertThat(drain(budget, KEY, LIMIT)).as("three per second").isEqualTo(3);
        clock.advance(Duration.ofHours(1));
        assertThat(drain(budget, KEY, LIMIT)).as("an idle hour refills the burst only").isEqualTo(6);
    }

    @Test
    void accountsTokenTypesAndCategoriesHaveSeparateBuckets() {
        drain(budget, KEY, LIMIT);

        assertThat(budget.tryAcquire(KEY, LIMIT)).isPositive();
        assertThat(budget.tryAcquire(new BudgetKey("seller:2", TokenType.PERSONAL, ApiCategory.FEEDBACKS_QUESTIONS),
                LIMIT)).isZero();
        assertThat(budget.tryAcquire(new BudgetKey("seller:1", TokenType.SERVICE, ApiCategory.FEEDBACKS_QUESTIONS),
                LIMIT)).isZero();
        assertThat(budget.tryAcquire(new BudgetKey("seller:1", TokenType.PERSONAL, ApiCategory.CHAT),
                RateLimits.CHAT)).isZero();
    }

    @Test
    void aCooldownHoldsEveryCallerUntilItEndsAndTheBucketThenRefillsFromEmpty() {
        BudgetKey chat = new BudgetKey("seller:1", TokenType.PERSONAL, ApiCategory.CHAT);
        budget.tryAcquire(chat, RateLimits.CHAT);
        budget.blockUntil(chat, clock.instant().plusSeconds(2));

        assertThat(budget.tryAcquire(chat, RateLimits.CHAT)).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(drain(budget, chat, RateLimits.CHAT)).as("2 s refilled 2 of the 10").isEqualTo(2);
    }

    @Test
    void aShorterCooldownNeverCutsALongerOneShort() {
        budget.blockUntil(KEY, clock.instant().plusSeconds(5));
        budget.blockUntil(KEY, clock.instant().plusSeconds(2));

        assertThat(budget.tryAcquire(KEY, LIMIT)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aCooldownBeforeTheFirstRequestHoldsCallersToo() {
        budget.blockUntil(KEY, clock.instant().plusSeconds(60));

        assertThat(budget.tryAcquire(KEY, LIMIT)).isEqualTo(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        assertThat(budget.tryAcquire(KEY, LIMIT)).isZero();
    }

    @Test
    void anotherInstanceSpendsTheSameBudgetAndHonoursTheCooldown() {
        RateBudget other = otherInstance(clock);
        for (int i = 0; i < 3; i++) {
            assertThat(budget.tryAcquire(KEY, LIMIT)).isZero();
            assertThat(other.tryAcquire(KEY, LIMIT)).isZero();
        }

        assertThat(other.tryAcquire(KEY, LIMIT)).isPositive();
        clock.advance(Duration.ofSeconds(10));
        budget.blockUntil(KEY, clock.instant().plusSeconds(3));
        assertThat(other.tryAcquire(KEY, LIMIT)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void concurrentCallersAtOneInstantGetExactlyTheBurst() throws Exception {
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                RateBudget instance = i % 2 == 0 ? budget : otherInstance(clock);
                results.add(pool.submit(() -> {
                    start.await();
                    int taken = 0;
                    for (int attempt = 0; attempt < 5; attempt++) {
                        taken += instance.tryAcquire(KEY, LIMIT).isZero() ? 1 : 0;
                    }
                    return taken;
                }));
            }
            start.countDown();
            int taken = 0;
            for (Future<Integer> result : results) {
                taken += result.get(60, TimeUnit.SECONDS);
            }
            assertThat(taken).isEqualTo(LIMIT.burst());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesMissingArguments() {
        assertThatThrownBy(() -> budget.tryAcquire(null, LIMIT)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("key");
        assertThatThrownBy(() -> budget.tryAcquire(KEY, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> budget.blockUntil(KEY, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("until");
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
