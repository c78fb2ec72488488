package ru.agentiq.benchmarks.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InboxCursor;
import ru.agentiq.core.interaction.InboxPage;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.InboxSort;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.interaction.UpsertResult;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.jdbc.AgentIqJdbc;

/**
 * The interaction store at production size: one seller with {@code sellerRows} interactions among
 * {@code otherSellers} more sellers of the same size (default 1 M + 9 M) on an embedded PostgreSQL 17, compared with
 * core's in-memory adapter holding the measured seller's rows, in the same run.
 *
 * <ul>
 *   <li>{@code cardOpen} — an interaction by id plus its events (what the card shows besides links and timeline);</li>
 *   <li>{@code inboxFirstPage} — 50 items needing a response in questions and chats, urgent first (no total);</li>
 *   <li>{@code inboxFirstPageWithTotal} — the same plus the total count the seed's API returns by default;</li>
 *   <li>{@code inboxDeepPage} — the page after a cursor taken 2,000 items deep (keyset paging);</li>
 *   <li>{@code batchIngest} — a page of 500 new interactions through {@code upsertAll} (score per interaction).</li>
 * </ul>
 *
 * <p>Rows are generated server-side ({@code generate_series}) with realistic spreads: ⅓ per channel, 5,000 products,
 * 20 % with a customer id, 80 % needing a response, SLA deadlines on open questions and chats.
 *
 * <p>Run: {@code ./mvnw -q package -DskipTests -pl agentiq-benchmarks -am &&
 * java -jar agentiq-benchmarks/target/benchmarks.jar InteractionStoreBenchmark -f 1 -wi 2 -w 5 -i 5 -r 5}
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-XX:+UseG1GC"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class InteractionStoreBenchmark {

    static final SellerId SELLER = SellerId.of(1);
    static final Instant BASE = Instant.parse("2026-11-20T00:00:00Z");
    static final int BATCH = 500;

    @Param({"postgres", "memory"})
    public String store;

    @Param("1000000")
    public int sellerRows;

    @Param("9")
    public int otherSellers;

    private BenchmarkPostgres postgres;
    InteractionRepository interactions;
    InteractionEventStore events;
    InboxCursor deepCursor;

    @Setup(Level.Trial)
    public void load() {
        if (store.equals("postgres")) {
            postgres = new BenchmarkPostgres(8);
            AgentIqJdbc jdbc = AgentIqJdbc.create(postgres.dataSource());
            for (int seller = 1; seller <= 1 + otherSellers; seller++) {
                postgres.execute(SyntheticRows.insertInteractions(seller, sellerRows));
            }
            postgres.execute(SyntheticRows.insertEvents(1, sellerRows));
            postgres.execute("ANALYZE");
            interactions = jdbc.interactions();
            events = jdbc.events();
        } else {
            interactions = new InMemoryInteractionRepository();
            events = new InMemoryInteractionEventStore();
            List<InteractionData> chunk = new ArrayList<>(BATCH);
            for (int g = 1; g <= sellerRows; g++) {
                chunk.add(SyntheticRows.interaction(SELLER, g));
                if (chunk.size() == BATCH || g == sellerRows) {
                    for (UpsertResult r : interactions.upsertAll(chunk, BASE)) {
                        long id = r.interaction().id().value();
                        if (id % 5 == 0) {
                            events.append(SELLER, r.interaction().id(), r.interaction().channel(),
                                    InteractionEventType.DRAFT_GENERATED, ExtraData.of("source", "llm"), BASE);
                            events.append(SELLER, r.interaction().id(), r.interaction().channel(),
                                    InteractionEventType.REPLY_SENT, ExtraData.of("text_len", 120), BASE);
                        }
                    }
                    chunk.clear();
                }
            }
        }
        InboxQuery.Builder query = inboxQuery();
        InboxPage page = interactions.find(query.pageSize(100).build());
        for (int i = 0; i < 19 && page.nextCursor().isPresent(); i++) {
            page = interactions.find(query.cursor(page.nextCursor().get()).build());
        }
        deepCursor = page.nextCursor().orElseThrow();
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    static InboxQuery.Builder inboxQuery() {
        return InboxQuery.builder(SELLER).needsResponse(true).channels(Channel.QUESTION, Channel.CHAT)
                .sort(InboxSort.PRIORITY).pageSize(50).includeTotal(false);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void cardOpen(Blackhole bh) {
        InteractionId id = InteractionId.of(1 + ThreadLocalRandom.current().nextInt(sellerRows));
        bh.consume(interactions.findById(SELLER, id).orElseThrow());
        bh.consume(events.forInteraction(SELLER, id));
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public InboxPage inboxFirstPage() {
        return interactions.find(inboxQuery().build());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public InboxPage inboxFirstPageWithTotal() {
        return interactions.find(inboxQuery().includeTotal(true).build());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public InboxPage inboxDeepPage() {
        return interactions.find(inboxQuery().pageSize(50).cursor(deepCursor).build());
    }

    /** Per-thread counter so every batch inserts new keys. */
    @State(Scope.Thread)
    public static class Batches {
        long next;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public List<UpsertResult> batchIngest(Batches batches) {
        List<InteractionData> page = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            long n = batches.next++;
            page.add(InteractionData.builder(SELLER, Channel.QUESTION, "new-" + Thread.currentThread().getId() + "-" + n)
                    .nmId(Long.toString(n % 5000)).productArticle("ART-" + n % 5000)
                    .text("Новый вопрос покупателя номер " + n + ": подойдёт ли размер?")
                    .priority(Priority.HIGH).status(InteractionStatus.OPEN)
                    .occurredAt(BASE.plusSeconds(n)).slaDueAt(BASE.plusSeconds(n + 14_400))
                    .extraData(ExtraData.of("question_intent", "sizing_fit", "sla_target_minutes", 240))
                    .build());
        }
        return interactions.upsertAll(page, Instant.now());
    }
}
