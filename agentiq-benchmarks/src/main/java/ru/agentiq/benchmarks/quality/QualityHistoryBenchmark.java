package ru.agentiq.benchmarks.quality;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InteractionEvent;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.quality.QualityDay;
import ru.agentiq.core.quality.QualityHistory;
import ru.agentiq.core.quality.QualityService;

/**
 * Quality history (seed §e.3: one zero-filled point per UTC day with replies, outcomes and rates) over
 * {@value #EVENTS} events of one seller spread over 30 days, against baselines in the same run:
 * <ul>
 *   <li>{@code aggregate} — {@link QualityHistory#aggregate}: one pass, array indexed by day, the full funnel
 *       (replies, drafts, cache hits, accepted/edited/manual, lightly edited from the edit ratio);</li>
 *   <li>{@code baselineGroupingBy} — what one writes first: {@code Collectors.groupingBy} by {@code LocalDate} and
 *       event type into counting maps;</li>
 *   <li>{@code baselineCountPerDay} — the lower bound: one loop counting events per day into a {@code long[]},
 *       nothing else;</li>
 *   <li>{@code serviceHistory} — {@link QualityService#history} end to end through the in-memory event store
 *       (reading the seller's window out of the store included).</li>
 * </ul>
 * Scores are per call (ms/op).
 *
 * <p>Run: {@code ./mvnw -q package -DskipTests -pl agentiq-benchmarks -am &&
 * java -jar agentiq-benchmarks/target/benchmarks.jar QualityHistoryBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class QualityHistoryBenchmark {

    static final int EVENTS = 1_000_000;
    static final int DAYS = 30;
    private static final SellerId SELLER = SellerId.of(1);
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final BigDecimal LIGHT = new BigDecimal("0.20");
    private static final InteractionEventType[] MIX = {
            InteractionEventType.DRAFT_GENERATED, InteractionEventType.REPLY_SENT, InteractionEventType.DRAFT_ACCEPTED,
            InteractionEventType.REPLY_SENT, InteractionEventType.DRAFT_EDITED, InteractionEventType.REPLY_SENT,
            InteractionEventType.REPLY_MANUAL, InteractionEventType.DRAFT_CACHE_HIT};

    private List<InteractionEvent> events;
    private LocalDate firstDay;
    private QualityService service;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        Channel[] channels = Channel.values();
        events = new ArrayList<>(EVENTS);
        InMemoryInteractionEventStore store = new InMemoryInteractionEventStore();
        long windowSeconds = Duration.ofDays(DAYS).toSeconds() - 1;
        ExtraData edited = ExtraData.of("text_len", 140, "draft_source", "llm", "edit_ratio", new BigDecimal("0.12"));
        ExtraData plain = ExtraData.of("text_len", 140);
        for (int i = 0; i < EVENTS; i++) {
            InteractionEventType type = MIX[i % MIX.length];
            Instant at = NOW.minusSeconds(random.nextLong(windowSeconds));
            Channel channel = channels[random.nextInt(channels.length)];
            InteractionId id = InteractionId.of(1 + random.nextInt(50_000));
            ExtraData details = type == InteractionEventType.DRAFT_EDITED ? edited : plain;
            events.add(store.append(SELLER, id, channel, type, details, at));
        }
        firstDay = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(DAYS - 1);
        service = new QualityService(new InMemoryInteractionRepository(), store, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Benchmark
    public List<QualityDay> aggregate() {
        return QualityHistory.aggregate(events, firstDay, DAYS, null, LIGHT);
    }

    @Benchmark
    public Map<LocalDate, Map<InteractionEventType, Long>> baselineGroupingBy() {
        return events.stream().collect(Collectors.groupingBy(e -> LocalDate.ofInstant(e.createdAt(), ZoneOffset.UTC),
                Collectors.groupingBy(InteractionEvent::type, Collectors.counting())));
    }

    @Benchmark
    public long[] baselineCountPerDay() {
        long first = firstDay.toEpochDay();
        long[] perDay = new long[DAYS];
        for (InteractionEvent e : events) {
            long day = Math.floorDiv(e.createdAt().getEpochSecond(), 86_400L) - first;
            if (day >= 0 && day < DAYS) {
                perDay[(int) day]++;
            }
        }
        return perDay;
    }

    @Benchmark
    public List<QualityDay> serviceHistory() {
        return service.history(SELLER, DAYS, null);
    }
}
