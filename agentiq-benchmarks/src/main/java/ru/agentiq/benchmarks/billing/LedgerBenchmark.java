package ru.agentiq.benchmarks.billing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.LedgerRequest;
import ru.agentiq.billing.ledger.PostingResult;
import ru.agentiq.billing.memory.InMemoryLedgerStore;

/**
 * Debit throughput of the in-memory ledger: {@code wallets = 1} is one hot wallet every thread debits (all writes
 * serialised on its lock), {@code wallets = 1000} spreads the same writes over a thousand wallets. Each debit is the
 * full public path — a new idempotency key, one unit of work, wallet lock, key lookup, balance update, entry append,
 * commit. The baseline {@code atomicLongAdd} adds the same amount, in minor units, to one {@link AtomicLongArray} slot
 * per wallet with the same key distribution: the cost of counting with no bookkeeping at all. The ratio of the two is
 * the bookkeeping overhead.
 *
 * <p>The store is rebuilt before every iteration so the ledger's growth (every debit is kept) does not carry over.
 *
 * <pre>
 * ./mvnw -q package -DskipTests -pl agentiq-benchmarks -am &amp;&amp; java -jar agentiq-benchmarks/target/benchmarks.jar LedgerBenchmark -f 1 -wi 5 -i 10 -t 1
 * java -jar agentiq-benchmarks/target/benchmarks.jar LedgerBenchmark -f 1 -wi 5 -i 10 -t 2
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class LedgerBenchmark {

    /** One debit: 0.0125 credits, a typical draft. */
    private static final Credits AMOUNT = Credits.of("0.0125");
    private static final long AMOUNT_MINOR_UNITS = 1_250_000L;

    /** The ledger (and the baseline counters) all threads write to. */
    @State(Scope.Benchmark)
    public static class Shared {
        @Param({"1", "1000"})
        int wallets;

        CreditLedger ledger;
        AccountId[] accounts;
        AtomicLongArray counters;

        @Setup(Level.Iteration)
        public void freshStore() {
            ledger = CreditLedger.builder(new InMemoryLedgerStore()).build();
            accounts = new AccountId[wallets];
            for (int i = 0; i < wallets; i++) {
                accounts[i] = AccountId.of("seller-" + i);
            }
            counters = new AtomicLongArray(wallets);
        }
    }

    /** Each thread's own key sequence, so keys never collide across threads. */
    @State(Scope.Thread)
    public static class Keys {
        private static final AtomicLong THREADS = new AtomicLong();
        final String prefix = "t" + THREADS.incrementAndGet() + "-";
        long next;
    }

    @Benchmark
    public PostingResult debit(Shared shared, Keys keys) {
        long n = keys.next++;
        AccountId account = shared.accounts[(int) (n % shared.wallets)];
        return shared.ledger.post(LedgerRequest.debit(account, AMOUNT, IdempotencyKey.of(keys.prefix + n)));
    }

    @Benchmark
    public long atomicLongAdd(Shared shared, Keys keys) {
        long n = keys.next++;
        return shared.counters.addAndGet((int) (n % shared.wallets), -AMOUNT_MINOR_UNITS);
    }
}
