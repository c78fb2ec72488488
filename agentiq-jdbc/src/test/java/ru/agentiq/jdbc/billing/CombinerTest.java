package ru.agentiq.jdbc.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;

class CombinerTest {

    @Test
    void aLoneCallerIsABatchOfOne() {
        List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        Combiner<Integer, String> combiner = new Combiner<>(8, 1, requests -> {
            batches.add(List.copyOf(requests));
            return requests.stream().map(r -> "done " + r).toList();
        });

        assertThat(combiner.submit(7)).isEqualTo("done 7");
        assertThat(combiner.submit(8)).isEqualTo("done 8");
        assertThat(batches).containsExactly(List.of(7), List.of(8));
    }

    @Test
    void callersArrivingDuringABatchShareTheNextOneAndEachGetsItsOwnOutcome() throws Exception {
        int callers = 32;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        Combiner<Integer, Integer> combiner = new Combiner<>(5, 2, requests -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            sizes.add(requests.size());
            sleep(20); // a round trip: the others queue meanwhile
            running.decrementAndGet();
            return requests.stream().map(r -> r * 10).toList();
        });
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int request = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return combiner.submit(request);
                }));
            }
            start.countDown();
            for (int i = 0; i < callers; i++) {
                assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i * 10);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(callers);
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(1, 5));
        assertThat(sizes.size()).as("batches for %d callers", callers).isLessThan(callers);
        assertThat(mostAtOnce.get()).isBetween(1, 2);
    }

    @Test
    void aFailedBatchFailsEveryCallerInItAndTheNextBatchStillRuns() {
        AtomicInteger calls = new AtomicInteger();
        Combiner<String, String> combiner = new Combiner<>(4, 1, requests -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("connection reset");
            }
            return requests;
        });

        assertThatThrownBy(() -> combiner.submit("a")).isInstanceOf(IllegalStateException.class)
                .hasMessage("connection reset");
        assertThat(combiner.submit("b")).isEqualTo("b");
    }

    @Test
    void aBatchFunctionReturningTheWrongNumberOfOutcomesIsAnError() {
        Combiner<String, String> combiner = new Combiner<>(4, 1, requests -> List.of());

        assertThatThrownBy(() -> combiner.submit("a")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the batch returned 0 outcomes for 1 requests");
    }

    @Test
    void refusesLimitsBelowOne() {
        assertThatThrownBy(() -> new Combiner<String, String>(0, 1, r -> r)).isInstanceOf(ValidationException.class)
                .hasMessage("maxBatch and maxLeaders must be at least 1, were 0 and 1");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
