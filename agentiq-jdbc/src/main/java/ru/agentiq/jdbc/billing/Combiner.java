package ru.agentiq.jdbc.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import ru.agentiq.core.ValidationException;

/**
 * Group commit: callers that arrive while a batch is being written queue their requests, and the next free leader —
 * one of the waiting callers, no extra thread — writes up to {@code maxBatch} of them in one call. A lone caller is a
 * batch of one and pays nothing for the queue. Each caller returns only once its own request's batch has returned.
 *
 * <p>At most {@code maxLeaders} batches run at once, so a burst of callers becomes a few large round trips instead of
 * many small ones competing for the same cores.
 *
 * @param <Q> a request
 * @param <R> its outcome; the batch function returns one per request, in order
 */
final class Combiner<Q, R> {

    /**
     * How long a waiting caller sleeps before it looks again whether it should lead. It is woken when its request is
     * done, and a leader that leaves with requests still queued wakes the first of them, so this look is only a safety
     * net. At 1 ms, sixteen waiting callers woke 16,000 times a second and took CPU from the database on two cores.
     */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final ConcurrentLinkedQueue<Pending<Q, R>> queue = new ConcurrentLinkedQueue<>();
    private final Semaphore leaders;
    private final int maxBatch;
    private final Function<List<Q>, List<R>> batch;

    Combiner(int maxBatch, int maxLeaders, Function<List<Q>, List<R>> batch) {
        if (maxBatch < 1 || maxLeaders < 1) {
            throw new ValidationException("maxBatch and maxLeaders must be at least 1, were " + maxBatch + " and "
                    + maxLeaders);
        }
        this.maxBatch = maxBatch;
        this.leaders = new Semaphore(maxLeaders);
        this.batch = batch;
    }

    /**
     * Submits {@code request} and waits for its outcome.
     *
     * @throws RuntimeException what the batch function threw for the batch this request was in
     */
    R submit(Q request) {
        Pending<Q, R> mine = new Pending<>(request, Thread.currentThread());
        queue.add(mine);
        while (!mine.done) {
            if (leaders.tryAcquire()) {
                try {
                    while (!mine.done) {
                        List<Pending<Q, R>> taken = take();
                        if (taken.isEmpty()) {
                            break; // another leader has ours in flight
                        }
                        run(taken);
                    }
                } finally {
                    leaders.release();
                }
                if (!queue.isEmpty() && leaders.availablePermits() > 0) {
                    wakeOne(); // requests that arrived while we led and whose callers are parked
                }
            }
            if (!mine.done) {
                LockSupport.parkNanos(this, RECHECK_NANOS);
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.outcome;
    }

    private List<Pending<Q, R>> take() {
        List<Pending<Q, R>> taken = new ArrayList<>(Math.min(maxBatch, 16));
        Pending<Q, R> next;
        while (taken.size() < maxBatch && (next = queue.poll()) != null) {
            taken.add(next);
        }
        return taken;
    }

    private void run(List<Pending<Q, R>> taken) {
        List<Q> requests = new ArrayList<>(taken.size());
        for (Pending<Q, R> pending : taken) {
            requests.add(pending.request);
        }
        List<R> outcomes;
        try {
            outcomes = batch.apply(requests);
            if (outcomes.size() != taken.size()) {
                throw new IllegalStateException("the batch returned " + outcomes.size() + " outcomes for "
                        + taken.size() + " requests");
            }
        } catch (RuntimeException | Error e) {
            RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            for (Pending<Q, R> pending : taken) {
                pending.fail(failure);
            }
            if (e instanceof Error error) {
                throw error;
            }
            return;
        }
        for (int i = 0; i < taken.size(); i++) {
            taken.get(i).complete(outcomes.get(i));
        }
    }

    private void wakeOne() {
        Pending<Q, R> head = queue.peek();
        if (head != null) {
            LockSupport.unpark(head.waiter);
        }
    }

    private static final class Pending<Q, R> {
        final Q request;
        final Thread waiter;
        R outcome;
        RuntimeException failure;
        // written last, after outcome or failure: a caller that sees done sees them too
        volatile boolean done;

        Pending(Q request, Thread waiter) {
            this.request = request;
            this.waiter = waiter;
        }

        void complete(R value) {
            outcome = value;
            done = true;
            if (waiter != Thread.currentThread()) {
                LockSupport.unpark(waiter);
            }
        }

        void fail(RuntimeException error) {
            failure = error;
            done = true;
            if (waiter != Thread.currentThread()) {
                LockSupport.unpark(waiter);
            }
        }
    }
}
