package ru.agentiq.benchmarks.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ru.agentiq.core.ingest.IngestBatch;
import ru.agentiq.core.ingest.IngestStats;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionKey;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemoryInteractionRepository;

/**
 * Ingestion into the in-memory store against a plain {@link ConcurrentHashMap} put of the same records, in the same
 * run. The ratio is what our model costs on top of a bare map: the per-run de-duplication set, the atomic upsert with
 * the re-ingest merge, stored-record creation, the stats — and, in {@code validate*}, building a validated
 * {@link InteractionData} versus a plain record with the same fields.
 *
 * <p>Workload: one batch of {@value #BATCH} interactions of one seller (⅓ reviews, ⅓ questions, ⅓ chats, realistic
 * Russian texts and extra data). {@code *Fresh} stores the batch into an empty store (every item created);
 * {@code *Again} stores it into a store that already holds it (the steady state of a periodic sync: every item
 * unchanged). Scores are per item.
 *
 * <p>Run: {@code ./mvnw -q package -DskipTests -pl agentiq-benchmarks -am &&
 * java -jar agentiq-benchmarks/target/benchmarks.jar IngestBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IngestBenchmark {

    static final int BATCH = 10_000;
    private static final SellerId SELLER = SellerId.of(1);
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private List<InteractionData> items;
    private IngestBatch batch;
    private InMemoryInteractionRepository populated;
    private IngestionService populatedIngestion;
    private Map<InteractionKey, InteractionData> populatedMap;
    private String[] texts;

    @Setup
    public void setUp() {
        texts = new String[BATCH];
        items = new ArrayList<>(BATCH);
        Channel[] channels = Channel.values();
        for (int i = 0; i < BATCH; i++) {
            Channel channel = channels[i % 3];
            texts[i] = "Покупатель пишет про заказ номер " + i + ": размер подошёл, но коробка пришла помятой.";
            InteractionData.Builder b = InteractionData.builder(SELLER, channel, "ext-" + i)
                    .nmId(Integer.toString(100_000 + i % 5_000))
                    .productArticle("ART-" + i % 5_000)
                    .text(texts[i])
                    .priority(Priority.values()[i % 4])
                    .occurredAt(NOW.minusSeconds(i))
                    .extraData(ExtraData.of("user_name", "Покупатель", "was_viewed", i % 2 == 0,
                            "answer_state", "none"));
            if (channel == Channel.REVIEW) {
                b.rating(1 + i % 5);
            }
            items.add(b.build());
        }
        batch = IngestBatch.of(items);
        populated = new InMemoryInteractionRepository();
        populatedIngestion = new IngestionService(populated, Clock.fixed(NOW, ZoneOffset.UTC));
        populatedIngestion.ingest(batch);
        populatedMap = new ConcurrentHashMap<>();
        items.forEach(item -> populatedMap.put(item.key(), item));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public IngestStats ingestFresh() {
        return new IngestionService(new InMemoryInteractionRepository(), Clock.fixed(NOW, ZoneOffset.UTC))
                .ingest(batch);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Map<InteractionKey, InteractionData> baselineMapPutFresh() {
        Map<InteractionKey, InteractionData> map = new ConcurrentHashMap<>();
        for (InteractionData item : items) {
            map.put(item.key(), item);
        }
        return map;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public IngestStats ingestAgain() {
        return populatedIngestion.ingest(batch);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Map<InteractionKey, InteractionData> baselineMapPutAgain() {
        for (InteractionData item : items) {
            populatedMap.put(item.key(), item);
        }
        return populatedMap;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long validateInteractionData() {
        long sum = 0;
        for (int i = 0; i < BATCH; i++) {
            InteractionData d = InteractionData.builder(SELLER, Channel.QUESTION, "ext-" + i)
                    .nmId("100500").productArticle("ART-1").text(texts[i]).occurredAt(NOW).build();
            sum += d.text().length();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long baselinePlainRecord() {
        long sum = 0;
        for (int i = 0; i < BATCH; i++) {
            PlainInteraction d = new PlainInteraction(1, "wb", "question", "ext-" + i, "100500", "ART-1", texts[i],
                    NOW);
            sum += d.text().length();
        }
        return sum;
    }

    /** The same fields without validation, normalisation or typed values. */
    record PlainInteraction(long sellerId, String marketplace, String channel, String externalId, String nmId,
            String productArticle, String text, Instant occurredAt) {
    }
}
