package ru.agentiq.benchmarks.linking;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.linking.AllPairsLinker;
import ru.agentiq.core.linking.LinkCandidate;
import ru.agentiq.core.linking.LinkIndex;
import ru.agentiq.core.linking.LinkUpdate;
import ru.agentiq.core.linking.LinkRecomputer;
import ru.agentiq.core.linking.LinkingConfig;
import ru.agentiq.core.linking.RecomputeOptions;
import ru.agentiq.core.linking.RecomputeResult;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.memory.InMemoryLinkCandidateStore;

/**
 * Load driver for cross-channel linking at scale: full recomputation over synthetic sellers of 10 k, 100 k and 1 M
 * interactions ({@link SyntheticSeller}) with the growth per 10× N, the all-pairs baseline at 10 k (and a check that
 * both find the same candidates), linking one new interaction at a time into the 1 M history (latency percentiles,
 * reciprocal refreshes per insert), and heap: retained by the index and peak during the 1 M recomputation.
 *
 * <pre>
 * ./mvnw -q package -DskipTests -pl agentiq-benchmarks -am
 * java -Xmx2g -XX:+UseParallelGC -cp agentiq-benchmarks/target/benchmarks.jar \
 *     ru.agentiq.benchmarks.linking.LinkingLoadDriver [sizes=10000,100000,1000000] [threads=2] [inserts=20000] \
 *     [profile=piloted|plan] [e2e=false]
 * </pre>
 */
public final class LinkingLoadDriver {

    private LinkingLoadDriver() {
    }

    public static void main(String[] args) {
        int[] sizes = {10_000, 100_000, 1_000_000};
        int threads = Runtime.getRuntime().availableProcessors();
        int inserts = 20_000;
        String profile = "piloted";
        boolean endToEnd = false;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "sizes" -> sizes = Arrays.stream(kv[1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "threads" -> threads = Integer.parseInt(kv[1]);
                case "inserts" -> inserts = Integer.parseInt(kv[1]);
                case "profile" -> profile = kv[1];
                case "e2e" -> endToEnd = Boolean.parseBoolean(kv[1]);
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        LinkingConfig config = LinkingConfig.profile(profile);
        System.out.printf(Locale.ROOT, "# linking load driver: %s, threads=%d, profile=%s, JDK %s, max heap %d MB%n",
                Arrays.toString(sizes), threads, profile, System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);

        warmUp(config, threads);
        double previous = -1;
        double previousCpu = -1;
        LinkIndex largest = null;
        List<Interaction> largestData = null;
        System.out.println();
        System.out.println("| N | full recompute, wall (best of runs) | median wall | CPU time (best) | per interaction"
                + " (wall) | growth vs previous size (wall / CPU) | candidates kept | with ≥ 1 candidate"
                + " | peak heap during recompute | heap retained by index |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int n : sizes) {
            List<Interaction> data = new SyntheticSeller(42).interactions(n);
            int runs = n >= 1_000_000 ? 3 : 5;
            long[] times = new long[runs];
            long[] cpu = new long[runs];
            LinkIndex index = null;
            long peak = 0;
            long retained = 0;
            for (int r = 0; r < runs; r++) {
                index = null;
                long before = usedAfterGc();
                resetPeaks();
                long c0 = processCpu();
                long t0 = System.nanoTime();
                index = LinkIndex.build(SyntheticSeller.SELLER, Marketplace.WB, config, data, threads);
                times[r] = System.nanoTime() - t0;
                cpu[r] = processCpu() - c0;
                peak = Math.max(peak, peakHeap());
                retained = usedAfterGc() - before;
            }
            Arrays.sort(times);
            Arrays.sort(cpu);
            long kept = 0;
            long linked = 0;
            for (Interaction i : data) {
                int c = index.candidates(i.id()).size();
                kept += c;
                linked += c > 0 ? 1 : 0;
            }
            double best = times[0] / 1e9;
            double bestCpu = cpu[0] / 1e9;
            System.out.printf(Locale.ROOT, "| %,d | %.3f s | %.3f s | %.3f s | %.2f µs | %s | %,d | %.1f %% | %,d MB"
                            + " | %,d MB |%n",
                    n, best, times[runs / 2] / 1e9, bestCpu, times[0] / 1e3 / n,
                    previous < 0 ? "—" : String.format(Locale.ROOT, "%.1f× / %.1f×", best / previous,
                            bestCpu / previousCpu), kept,
                    100.0 * linked / n, peak >> 20, retained >> 20);
            previous = best;
            previousCpu = bestCpu;
            if (n == 10_000) {
                baseline(config, data, index, best);
            }
            largest = index;
            largestData = data;
        }
        if (largest != null && inserts > 0) {
            linkOne(largest, largestData, inserts);
        }
        if (endToEnd) {
            largest = null;
            largestData = null;
            endToEnd(config, sizes, threads);
        }
    }

    /** {@link LinkRecomputer} as an application runs it: from the in-memory repository into the in-memory store. */
    private static void endToEnd(LinkingConfig config, int[] sizes, int threads) {
        System.out.println();
        System.out.println("End to end: LinkRecomputer reading an in-memory repository and writing an in-memory store"
                + " (batches of " + RecomputeOptions.DEFAULT_BATCH_SIZE + "):");
        System.out.println("| N | wall | CPU time | batches | progress reports |");
        System.out.println("|---|---|---|---|---|");
        for (int n : sizes) {
            InMemoryInteractionRepository repository = new InMemoryInteractionRepository();
            for (Interaction i : new SyntheticSeller(42).interactions(n)) {
                repository.upsert(i.data(), i.createdAt());
            }
            InMemoryLinkCandidateStore store = new InMemoryLinkCandidateStore();
            LinkRecomputer recomputer = new LinkRecomputer(repository, store, config, Clock.systemUTC());
            usedAfterGc();
            long[] reports = new long[1];
            long c0 = processCpu();
            long t0 = System.nanoTime();
            RecomputeResult result = recomputer.recompute(SyntheticSeller.SELLER,
                    new RecomputeOptions(RecomputeOptions.DEFAULT_BATCH_SIZE, threads), p -> reports[0]++);
            long t = System.nanoTime() - t0;
            long c = processCpu() - c0;
            System.out.printf(Locale.ROOT, "| %,d | %.3f s | %.3f s | %d | %d |%n", n, t / 1e9, c / 1e9,
                    result.batches(), reports[0]);
        }
    }

    private static void warmUp(LinkingConfig config, int threads) {
        List<Interaction> data = new SyntheticSeller(7).interactions(50_000);
        for (int i = 0; i < 3; i++) {
            LinkIndex.build(SyntheticSeller.SELLER, Marketplace.WB, config, data, threads);
        }
    }

    private static void baseline(LinkingConfig config, List<Interaction> data, LinkIndex index, double blockedSeconds) {
        AllPairsLinker allPairs = new AllPairsLinker(config);
        allPairs.linkAll(data.subList(0, 2_000));
        long t0 = System.nanoTime();
        Map<InteractionId, List<LinkCandidate>> expected = allPairs.linkAll(data);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long differing = expected.entrySet().stream()
                .filter(e -> !e.getValue().equals(index.candidates(e.getKey()))).count();
        System.out.printf(Locale.ROOT, "| %,d, all-pairs baseline (1 thread) | %.3f s | | | %.2f µs"
                        + " | blocking is %.0f× faster | identical candidates: %s | | | |%n",
                data.size(), seconds, seconds * 1e6 / data.size(), seconds / blockedSeconds,
                differing == 0 ? "yes" : "NO, " + differing + " differ");
    }

    private static void linkOne(LinkIndex index, List<Interaction> history, int inserts) {
        SyntheticSeller more = new SyntheticSeller(4242);
        Instant last = history.get(history.size() - 1).data().occurredAt();
        long nextId = history.size() + 1L;
        List<Interaction> fresh = new ArrayList<>(inserts);
        for (int i = 0; i < inserts; i++) {
            // New items arrive over the next two weeks, slightly out of order, as sync batches do.
            Instant at = last.plus(Duration.ofSeconds(60L * i)).minus(Duration.ofMinutes(i % 7 * 10));
            fresh.add(more.next(nextId++, at));
        }
        int warm = Math.min(2_000, inserts / 4);
        long[] nanos = new long[inserts - warm];
        long[] cpuNanos = new long[inserts - warm];
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        long refreshed = 0;
        for (int i = 0; i < inserts; i++) {
            long c0 = threadBean.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            LinkUpdate update = index.upsert(fresh.get(i));
            long t = System.nanoTime() - t0;
            long c = threadBean.getCurrentThreadCpuTime() - c0;
            if (i >= warm) {
                nanos[i - warm] = t;
                cpuNanos[i - warm] = c;
                refreshed += update.changed().size() - 1;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        System.out.println();
        System.out.printf(Locale.ROOT, "Link one new interaction into a %,d history (%,d measured after %,d warm-up):%n",
                history.size(), nanos.length, warm);
        System.out.println("| clock | p50 | p90 | p99 | p99.9 | max | mean reciprocal refreshes per insert |");
        System.out.println("|---|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| wall | %.1f µs | %.1f µs | %.1f µs | %.1f µs | %.1f µs | %.1f |%n",
                pct(nanos, 0.50), pct(nanos, 0.90), pct(nanos, 0.99), pct(nanos, 0.999), nanos[nanos.length - 1] / 1e3,
                (double) refreshed / nanos.length);
        System.out.printf(Locale.ROOT, "| thread CPU | %.1f µs | %.1f µs | %.1f µs | %.1f µs | %.1f µs | |%n",
                pct(cpuNanos, 0.50), pct(cpuNanos, 0.90), pct(cpuNanos, 0.99), pct(cpuNanos, 0.999),
                cpuNanos[cpuNanos.length - 1] / 1e3);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the peak heap in use. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
