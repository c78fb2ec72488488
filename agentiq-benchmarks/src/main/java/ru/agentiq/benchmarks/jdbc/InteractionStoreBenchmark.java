package ru.agentiq.benchmarks.jdbc;

import java.nio.file.Path;
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
import ru.agentiq.core.linking.ActionDecision;
import ru.agentiq.core.linking.ActionPolicy;
import ru.agentiq.core.linking.ConfidenceBand;
import ru.agentiq.core.linking.Contribution;
import ru.agentiq.core.linking.InteractionLinks;
import ru.agentiq.core.linking.LinkCandidate;
import ru.agentiq.core.linking.LinkCandidateStore;
import ru.agentiq.core.linking.LinkScore;
import ru.agentiq.core.linking.LinkSignal;
import ru.agentiq.core.linking.LinkType;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.memory.InMemoryLinkCandidateStore;
import ru.agentiq.core.timeline.TimelineOptions;
import ru.agentiq.core.timeline.TimelineService;
import ru.agentiq.jdbc.AgentIqJdbc;

/**
 * The interaction store at production size: one seller with {@code sellerRows} interactions among
 * {@code otherSellers} more sellers of the same size (default 1 M + 9 M) on an embedded PostgreSQL 17, compared with
 * core's in-memory adapter holding the measured seller's rows, in the same run.
 *
 * <ul>
 *   <li>{@code cardOpen} — what the card shows: the interaction by id, its events, its five stored link candidates
 *       and its cross-channel timeline ({@link TimelineService}: order, customer, nmID and article lookups with the
 *       default 45-day window and 100 items — on this data set a product's 200 touches fill both product lookups);</li>
 *   <li>{@code inboxFirstPage} — 50 items needing a response in questions and chats, urgent first (no total);</li>
 *   <li>{@code inboxFirstPageWithTotal} — the same plus the total count the seed's API returns by default;</li>
 *   <li>{@code inboxDeepPage} — the page after a cursor taken 2,000 items deep (keyset paging);</li>
 *   <li>{@code batchIngest} — a page of 500 new interactions through {@code upsertAll} (score per interaction).</li>
 * </ul>
 *
 * <p>The PostgreSQL data set is generated once into {@code ${java.io.tmpdir}/agentiq-bench/} and reused by later trials
 * and runs (delete the directory to regenerate). Rows are generated server-side ({@code generate_series}) with
 * realistic spreads: ⅓ per channel, 5,000 products, 20 % with a customer id, 80 % needing a response, SLA deadlines on
 * open questions and chats.
 *
 * <p>Run: {@code ./mvnw -q package -DskipTests -pl agentiq-benchmarks -am &&
 * java -jar agentiq-benchmarks/target/benchmarks.jar InteractionStoreBenchmark -f 1 -wi 2 -w 5 -i 5 -r 5}. Ingest
 * throughput is measured with two writers and four warm-up iterations ({@code … InteractionStoreBenchmark.batchIngest
 * -f 1 -wi 4 -w 5 -i 5 -r 5 -t 2 -p store=postgres}): each trial starts the server with empty shared buffers, and the
 * first 20 s of inserts run at half speed while the hot index pages come back.
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
    LinkCandidateStore links;
    TimelineService timelines;
    InboxCursor deepCursor;

    @Setup(Level.Trial)
    public void load() {
        if (store.equals("postgres")) {
            String dataset = "interactions-" + sellerRows + "x" + (1 + otherSellers);
            postgres = new BenchmarkPostgres(8, Path.of(System.getProperty("java.io.tmpdir"), "agentiq-bench", dataset));
            AgentIqJdbc jdbc = AgentIqJdbc.create(postgres.dataSource());
            interactions = jdbc.interactions();
            events = jdbc.events();
            links = jdbc.linkCandidates();
            postgres.execute("CREATE TABLE IF NOT EXISTS bench_dataset (name VARCHAR(100) PRIMARY KEY)");
            if (!postgres.exists("SELECT 1 FROM bench_dataset WHERE name = '" + dataset + "'")) {
                // generated once (minutes at 10 M rows) and kept in the data directory for later trials and runs
                postgres.execute("TRUNCATE interactions RESTART IDENTITY CASCADE");
                for (int seller = 1; seller <= 1 + otherSellers; seller++) {
                    postgres.execute(SyntheticRows.insertInteractions(seller, sellerRows));
                }
                postgres.execute(SyntheticRows.insertEvents(1, sellerRows));
                // one document through the adapter, copied server-side to every interaction of the measured seller
                links.save(linksOf(1));
                postgres.execute("INSERT INTO interaction_links (interaction_id, seller_id, candidates, updated_at) "
                        + "SELECT i.id, i.seller_id, l.candidates, l.updated_at FROM interactions i "
                        + "CROSS JOIN (SELECT candidates, updated_at FROM interaction_links WHERE interaction_id = 1) l "
                        + "WHERE i.seller_id = 1 AND i.id <> 1");
                postgres.execute("INSERT INTO bench_dataset (name) VALUES ('" + dataset + "')");
            }
            // batchIngest of an earlier trial added rows; the other benchmarks measure the generated set only
            postgres.execute("DELETE FROM interactions WHERE seller_id = 1 AND external_id LIKE 'new-%'");
            postgres.execute("VACUUM ANALYZE");
        } else {
            interactions = new InMemoryInteractionRepository();
            events = new InMemoryInteractionEventStore();
            links = new InMemoryLinkCandidateStore();
            List<InteractionData> chunk = new ArrayList<>(BATCH);
            for (int g = 1; g <= sellerRows; g++) {
                chunk.add(SyntheticRows.interaction(SELLER, g));
                if (chunk.size() == BATCH || g == sellerRows) {
                    for (UpsertResult r : interactions.upsertAll(chunk, BASE)) {
                        long id = r.interaction().id().value();
                        links.save(linksOf(id));
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
        timelines = new TimelineService(interactions, ActionPolicy.defaults());
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

    /** Five product-level candidates, the shape the linker stores for a typical review. */
    static InteractionLinks linksOf(long id) {
        List<LinkCandidate> candidates = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            LinkScore score = new LinkScore(0.6 - k * 0.02, LinkType.PROBABILISTIC, ConfidenceBand.OPERATOR_HINT,
                    ActionDecision.PROBABILISTIC_ASSIST_ONLY, List.of(LinkSignal.NM_ID_EXACT,
                    LinkSignal.PRODUCT_ARTICLE_EXACT), List.of(new Contribution("nm_id_exact", 0.35),
                    new Contribution("product_article_exact", 0.25)), "product context + time proximity");
            candidates.add(new LinkCandidate(InteractionId.of(id + k), Channel.QUESTION, "ext-" + (id + k), score));
        }
        return new InteractionLinks(SELLER, InteractionId.of(id), candidates, BASE);
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
        bh.consume(links.find(SELLER, id));
        bh.consume(timelines.timeline(SELLER, id, TimelineOptions.defaults()));
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
