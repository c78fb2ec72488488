package ru.agentiq.benchmarks.linking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.linking.LinkFeatures;
import ru.agentiq.core.linking.LinkIndex;
import ru.agentiq.core.linking.LinkScore;
import ru.agentiq.core.linking.LinkScorer;
import ru.agentiq.core.linking.LinkingConfig;

/**
 * Linking one new interaction into a seller's history of {@code size} interactions ({@link SyntheticSeller}).
 * {@code indexed}: {@link LinkIndex#upsert} — the newcomer's candidates plus the reciprocal refresh of every
 * interaction it affects; {@code scanAll} (baseline, same run): score the newcomer against every stored interaction,
 * without even refreshing anyone else. Sample mode, so JMH prints p50/p90/p99/p99.9 per operation; new interactions
 * arrive in time order after the history, as a sync delivers them.
 *
 * <pre>
 * ./mvnw -q package -DskipTests -pl agentiq-benchmarks -am
 * java -jar agentiq-benchmarks/target/benchmarks.jar LinkInsertBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
public class LinkInsertBenchmark {

    @Param({"100000", "1000000"})
    public int size;

    @Param({"indexed", "scanAll"})
    public String impl;

    private LinkIndex index;
    private List<LinkFeatures> history;
    private LinkScorer scorer;
    private SyntheticSeller more;
    private Instant at;
    private long nextId;

    @Setup(Level.Trial)
    public void build() {
        List<Interaction> data = new SyntheticSeller(42).interactions(size);
        LinkingConfig config = LinkingConfig.piloted();
        if ("indexed".equals(impl)) {
            index = LinkIndex.build(SyntheticSeller.SELLER, Marketplace.WB, config, data);
        } else {
            scorer = new LinkScorer(config);
            history = new ArrayList<>(data.size());
            data.forEach(i -> history.add(LinkFeatures.of(i)));
        }
        more = new SyntheticSeller(4242);
        at = data.get(data.size() - 1).data().occurredAt();
        nextId = size + 1L;
    }

    @Benchmark
    public Object insert() {
        at = at.plus(Duration.ofSeconds(30));
        Interaction fresh = more.next(nextId++, at);
        if (index != null) {
            return index.upsert(fresh);
        }
        LinkFeatures features = LinkFeatures.of(fresh);
        double best = 0;
        for (LinkFeatures other : history) {
            if (other.channel() != features.channel()) {
                LinkScore score = scorer.score(features, other);
                best = Math.max(best, score.confidence());
            }
        }
        return best;
    }
}
