package ru.agentiq.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link PricingStore}, run against the store a subclass supplies. The in-memory store and the
 * JDBC stores extend it, so all of them provably keep tables the same way. Shipped in this module's test jar for
 * adapters written elsewhere.
 */
public abstract class PricingStoreContract {

    protected PricingStore store;

    /** A new store holding no table at all. */
    protected abstract PricingStore createStore();

    @BeforeEach
    void openStore() {
        store = createStore();
    }

    protected static PricingTable table(String version, String label, LocalDate from, String... aliasAndMultiplier) {
        Map<String, BigDecimal> multipliers = new LinkedHashMap<>();
        for (int i = 0; i < aliasAndMultiplier.length; i += 2) {
            multipliers.put(aliasAndMultiplier[i], new BigDecimal(aliasAndMultiplier[i + 1]));
        }
        return new PricingTable(version, label, from, multipliers);
    }

    @Nested
    class Reading {

        @Test
        void aNewStoreHoldsNoTables() {
            assertThat(store.tables()).isEmpty();
            assertThat(store.find(PricingTable.INITIAL.version())).isEmpty();
        }

        @Test
        void findsASavedTableEqualToWhatWasSavedWithEveryMultiplierExact() {
            PricingTable saved = table("2026-05-01", "Spring prices", LocalDate.of(2026, 5, 1),
                    "deepseek", "0.5", "gpt-4o", "2.0", "cheap", "0.00000001", "premium", "100", "odd", "1.2345678901");

            store.save(saved);

            PricingTable found = store.find("2026-05-01").orElseThrow();
            assertThat(found).isEqualTo(saved);
            assertThat(found.multipliers().get("gpt-4o")).as("the scale survives").hasToString("2.0");
            assertThat(found.multipliers().get("cheap")).isEqualByComparingTo("0.00000001");
            assertThat(found.multiplier("unknown")).isEqualTo(PricingTable.DEFAULT_MULTIPLIER);
        }

        @Test
        void keepsTheSeedsInitialTable() {
            store.save(PricingTable.INITIAL);

            assertThat(store.find(PricingTable.INITIAL.version())).contains(PricingTable.INITIAL);
            assertThat(store.tables()).containsExactly(PricingTable.INITIAL);
        }

        @Test
        void keepsATableWithNoLabelAndNoMultipliers() {
            PricingTable bare = table("bare", null, LocalDate.of(2026, 1, 1));

            store.save(bare);

            assertThat(store.find("bare")).contains(bare);
        }

        @Test
        void anUnknownOrMissingVersionFindsNothing() {
            store.save(PricingTable.INITIAL);

            assertThat(store.find("2099-01-01")).isEmpty();
            assertThat(store.find(null)).isEmpty();
            assertThat(store.find("2026-02-2")).as("no prefix match").isEmpty();
        }

        @Test
        void comparesTheVersionTrimmedAsTablesStoreIt() {
            store.save(PricingTable.INITIAL);

            assertThat(store.find("  " + PricingTable.INITIAL.version() + " ")).contains(PricingTable.INITIAL);
        }

        @Test
        void listsEveryVersionOnce() {
            PricingTable a = table("a", "A", LocalDate.of(2026, 1, 1), "x", "1.5");
            PricingTable b = table("b", null, LocalDate.of(2026, 3, 1), "y", "0.7", "z", "3");
            PricingTable c = table("c", "C", LocalDate.of(2025, 12, 1));

            store.save(a);
            store.save(b);
            store.save(c);
            store.save(b);

            assertThat(store.tables()).containsExactlyInAnyOrder(a, b, c);
        }

        @Test
        void aVersionThatLooksLikeSqlIsKeptLiterally() {
            String hostile = "'; DROP TABLE pricing_versions--";
            PricingTable odd = table(hostile, "x' OR '1'='1", LocalDate.of(2026, 1, 1), "a'--", "1");
            store.save(PricingTable.INITIAL);

            store.save(odd);

            assertThat(store.find(hostile)).contains(odd);
            assertThat(store.find("' OR '1'='1")).isEmpty();
            assertThat(store.tables()).containsExactlyInAnyOrder(PricingTable.INITIAL, odd);
        }
    }

    @Nested
    class Saving {

        @Test
        void savingAVersionAgainReplacesItWhole() {
            store.save(table("v1", "first", LocalDate.of(2026, 1, 1), "old", "1.1", "kept", "2"));
            PricingTable replacement = table("v1", null, LocalDate.of(2026, 2, 1), "kept", "2.5", "new", "0.9");

            store.save(replacement);

            assertThat(store.find("v1")).contains(replacement);
            assertThat(store.find("v1").orElseThrow().lists("old")).as("a dropped alias is gone").isFalse();
            assertThat(store.tables()).containsExactly(replacement);
        }

        @Test
        void replacingOneVersionLeavesTheOthersAlone() {
            PricingTable other = table("other", "untouched", LocalDate.of(2026, 1, 1), "kept", "2");
            store.save(other);
            store.save(table("v1", "first", LocalDate.of(2026, 1, 1), "kept", "3"));

            store.save(table("v1", "second", LocalDate.of(2026, 1, 1)));

            assertThat(store.find("other")).contains(other);
        }

        @Test
        void concurrentSavesOfDistinctVersionsAllLand() throws Exception {
            int threads = 4;
            int perThread = 5;
            List<PricingTable> expected = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                for (int i = 0; i < perThread; i++) {
                    expected.add(table("t" + t + "-" + i, "thread " + t, LocalDate.of(2026, 1, 1 + i),
                            "model-" + i, "1." + t));
                }
            }

            runConcurrently(threads, t -> {
                for (int i = 0; i < perThread; i++) {
                    store.save(expected.get(t * perThread + i));
                }
            });

            assertThat(store.tables()).containsExactlyInAnyOrderElementsOf(expected);
        }

        /** Racing writers of one version: the store ends with one of the written tables, never a mix of two. */
        @Test
        void concurrentReplacementsOfOneVersionNeverMixTwoTables() throws Exception {
            int threads = 4;
            int perThread = 5;
            List<PricingTable> written = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                written.add(table("hot", "writer " + t, LocalDate.of(2026, 1, 1 + t),
                        "a" + t, "1." + t, "b" + t, "2." + t, "shared", "0." + (t + 1)));
            }

            runConcurrently(threads, t -> {
                for (int i = 0; i < perThread; i++) {
                    store.save(written.get(t));
                    assertThat(store.find("hot").orElseThrow()).isIn(written);
                }
            });

            assertThat(store.find("hot").orElseThrow()).isIn(written);
            assertThat(store.tables()).hasSize(1);
        }

        private void runConcurrently(int threads, java.util.function.IntConsumer work) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        start.await();
                        work.accept(thread);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> future : futures) {
                    future.get();
                }
            } finally {
                pool.shutdown();
            }
        }
    }
}
