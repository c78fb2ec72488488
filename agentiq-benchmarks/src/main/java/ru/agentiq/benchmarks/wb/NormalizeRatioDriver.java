package ru.agentiq.benchmarks.wb;

import java.util.Arrays;

/**
 * The ratio of {@link NormalizeBenchmark} measured so that other load on the machine cancels out: the tree parse and
 * the normalisation of the same page alternate in short rounds (20 pages each), and the median of the per-round
 * ratios is reported. JMH remains the reference on a quiet machine; this driver is for shared, busy ones.
 *
 * <p>Run: {@code java -cp agentiq-benchmarks/target/benchmarks.jar ru.agentiq.benchmarks.wb.NormalizeRatioDriver
 * [pageSize] [rounds]} (defaults 100 and 400, after 200 warm-up rounds).
 */
public final class NormalizeRatioDriver {

    private NormalizeRatioDriver() {
    }

    public static void main(String[] args) throws Exception {
        int pageSize = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        NormalizeBenchmark bench = new NormalizeBenchmark();
        bench.pageSize = pageSize;
        bench.setUp();
        int perRound = Math.max(1, 2_000 / pageSize);
        double[] ratios = new double[rounds];
        double[] tree = new double[rounds];
        double[] normalise = new double[rounds];
        double[] bindRatios = new double[rounds];
        long sink = 0;
        for (int round = -200; round < rounds; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += bench.treeParse().size();
            }
            long middle = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += bench.normalizePage().size();
            }
            long end = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += bench.bindOnly().feedbacks().size();
            }
            long bound = System.nanoTime();
            if (round >= 0) {
                bindRatios[round] = (double) (bound - end) / (middle - start);
                tree[round] = (middle - start) / 1e3 / perRound;
                normalise[round] = (end - middle) / 1e3 / perRound;
                ratios[round] = normalise[round] / tree[round];
            }
        }
        Arrays.sort(ratios);
        Arrays.sort(bindRatios);
        Arrays.sort(tree);
        Arrays.sort(normalise);
        double medianNormalise = normalise[rounds / 2];
        System.out.printf("page of %d feedbacks, %d rounds of %d pages each (checksum %d)%n", pageSize, rounds,
                perRound, sink);
        System.out.printf("tree parse: median %.1f us/page; normalisation: median %.1f us/page = %.0f items/s%n",
                tree[rounds / 2], medianNormalise, pageSize / medianNormalise * 1e6);
        System.out.printf("ratio normalisation / tree parse: median %.2f (p25 %.2f, p75 %.2f); target <= 1.5: %s%n",
                ratios[rounds / 2], ratios[rounds / 4], ratios[rounds * 3 / 4], ratios[rounds / 2] <= 1.5 ? "MET"
                        : "NOT MET");
        System.out.printf("of which binding alone / tree parse: median %.2f%n", bindRatios[rounds / 2]);
    }
}
