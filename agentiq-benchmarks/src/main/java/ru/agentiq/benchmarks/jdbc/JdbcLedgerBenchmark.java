package ru.agentiq.benchmarks.jdbc;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.LedgerRequest;
import ru.agentiq.billing.ledger.PostingResult;
import ru.agentiq.billing.memory.InMemoryLedgerStore;
import ru.agentiq.jdbc.AgentIqJdbc;

/**
 * Ledger debits per second on an embedded PostgreSQL 17 through {@code JdbcLedgerStore}, against the in-memory store
 * in the same run. Every debit is {@code CreditLedger.post} with a new idempotency key; on PostgreSQL that is the
 * store's fast path — concurrent debits grouped into calls of {@code agentiq_append_debits} (wallet locks in account
 * order, the key decided by the unique index, one commit per call). {@code wallets = 1} is one hot wallet that every
 * thread debits (writes serialised on its row lock); {@code wallets = 1000} spreads them. The wallets are funded and
 * analysed before the measurement. Run with 16 threads:
 *
 * <pre>
 * ./mvnw -q package -DskipTests -pl agentiq-benchmarks -am &amp;&amp; java -jar agentiq-benchmarks/target/benchmarks.jar JdbcLedgerBenchmark -f 1 -wi 2 -w 5 -i 5 -r 5 -t 16
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JdbcLedgerBenchmark {

    private static final Credits AMOUNT = Credits.of("0.0125");

    /** The ledger every thread writes to. */
    @State(Scope.Benchmark)
    public static class Shared {
        @Param({"postgres", "memory"})
        String store;

        @Param({"1", "1000"})
        int wallets;

        /**
         * Connections in the pool. HikariCP's sizing rule — twice the cores plus one — gives 5 here; more connections
         * than that only make 2 cores switch between PostgreSQL backends.
         */
        @Param({"5"})
        int connections;

        /** Group-commit calls in flight at once ({@code AgentIqJdbc.Builder.debitBatching}, default 2). */
        @Param({"2"})
        int debitCalls;

        BenchmarkPostgres postgres;
        CreditLedger ledger;
        AccountId[] accounts;

        @Setup(Level.Trial)
        public void open() {
            if (store.equals("postgres")) {
                postgres = new BenchmarkPostgres(connections);
                ledger = CreditLedger.builder(AgentIqJdbc.builder(postgres.dataSource())
                        .debitBatching(64, debitCalls).build().ledger()).build();
            }
            accounts = new AccountId[wallets];
            for (int i = 0; i < wallets; i++) {
                accounts[i] = AccountId.of("seller-" + i);
            }
            if (postgres != null) {
                // funded wallets with statistics, as autovacuum leaves them within a minute of real traffic: the
                // measurement is of debits, not of a fresh database's first plans and first wallet rows
                for (AccountId account : accounts) {
                    ledger.post(LedgerRequest.grant(account, Credits.of(1_000), IdempotencyKey.of("funding")));
                }
                postgres.execute("ANALYZE");
            }
        }

        /**
         * The in-memory store keeps every entry on the heap; a fresh one per iteration keeps a 5-second iteration's
         * millions of entries from filling the heap (which ended in garbage-collection pauses longer than the wallet
         * lock's timeout). PostgreSQL keeps its rows on disk and carries on.
         */
        @Setup(Level.Iteration)
        public void freshMemoryStore() {
            if (store.equals("memory")) {
                ledger = CreditLedger.builder(new InMemoryLedgerStore()).build();
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** Each thread's own key sequence. */
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
}
