package ru.agentiq.benchmarks.linking;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.linking.AllPairsLinker;
import ru.agentiq.core.linking.LinkIndex;
import ru.agentiq.core.linking.LinkingConfig;

/**
 * Full link recomputation of one synthetic seller ({@link SyntheticSeller}: 5 k Zipf-skewed products, three
 * channels, 20 % identified buyers) with blocking ({@code blocked}: {@link LinkIndex}) against the all-pairs baseline
 * ({@code allPairs}: every interaction compared with every other, the same candidates), both on one thread, in the
 * same run. Scores are milliseconds per recomputation of the whole seller; the ratio is the figure that matters.
 * Larger sizes ({@code -p size=100000 -p impl=blocked}) work too; the all-pairs baseline would take minutes there.
 * The scaling to 1 M with several threads, heap and insert latency percentiles come from {@link LinkingLoadDriver}.
 *
 * <pre>
 * ./mvnw -q package -DskipTests -pl agentiq-benchmarks -am
 * java -jar agentiq-benchmarks/target/benchmarks.jar LinkingBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC"})
public class LinkingBenchmark {

    @Param({"10000"})
    public int size;

    @Param({"blocked", "allPairs"})
    public String impl;

    private List<Interaction> data;
    private final LinkingConfig config = LinkingConfig.piloted();

    @Setup
    public void generate() {
        data = new SyntheticSeller(42).interactions(size);
    }

    @Benchmark
    public Object recompute() {
        if ("blocked".equals(impl)) {
            return LinkIndex.build(SyntheticSeller.SELLER, Marketplace.WB, config, data, 1);
        }
        return new AllPairsLinker(config).linkAll(data);
    }
}
