package ru.agentiq.benchmarks.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.ReferenceKind;
import ru.agentiq.core.interaction.ReferenceQuery;
import ru.agentiq.core.linking.ActionPolicy;
import ru.agentiq.core.timeline.TimelineOptions;
import ru.agentiq.core.timeline.TimelineService;
import ru.agentiq.jdbc.AgentIqJdbc;

/**
 * Where {@link InteractionStoreBenchmark}'s time goes, on its data set (run the benchmark once first to generate it).
 * A load driver (plain timing), not JMH: the question is a breakdown, not a score.
 *
 * <ul>
 *   <li>{@code card} — 3,000 random card opens (the first 1,000 discarded), each part timed on its own: the
 *       interaction, its events, its link candidates, the timeline, and each of the timeline's four lookups;</li>
 *   <li>{@code insert} — {@code EXPLAIN ANALYZE} of one page of 500 new rows inserted into the 10 M-row table, into an
 *       empty copy with the same indexes, into a copy without indexes, and into the table without the seed's four
 *       filter-only indexes (each twice, all in one rolled-back transaction).</li>
 * </ul>
 *
 * <pre>
 * java -cp agentiq-benchmarks/target/benchmarks.jar ru.agentiq.benchmarks.jdbc.InteractionStoreDriver card
 * java -cp agentiq-benchmarks/target/benchmarks.jar ru.agentiq.benchmarks.jdbc.InteractionStoreDriver insert
 * java -cp agentiq-benchmarks/target/benchmarks.jar ru.agentiq.benchmarks.jdbc.InteractionStoreDriver partition
 * </pre>
 */
public final class InteractionStoreDriver {

    private static final String COLUMNS = "(seller_id, marketplace, channel, external_id, nm_id, product_article, "
            + "body, status, priority, needs_response, source, is_auto_response, occurred_at, sla_due_at, created_at, "
            + "updated_at, extra_data, priority_rank, occurred_sort, sla_sort, search_text)";
    private static final String PAGE = " SELECT 1, 'wb', 'question', 'driver-' || g || '-' || random(), "
            + "(g % 5000)::text, 'ART-' || (g % 5000), 'Новый вопрос покупателя номер ' || g, 'open', 'high', true, "
            + "'wb_api', false, now(), now() + interval '4 hours', now(), now(), '{\"question_intent\":\"sizing_fit\"}', "
            + "2, now(), now() + interval '4 hours', 'новый вопрос покупателя номер ' || g FROM generate_series(1, 500) g";

    private InteractionStoreDriver() {
    }

    public static void main(String[] args) throws SQLException {
        String mode = args.length == 0 ? "card" : args[0];
        Path data = Path.of(System.getProperty("java.io.tmpdir"), "agentiq-bench", "interactions-1000000x10");
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException(data + " is missing: run InteractionStoreBenchmark once to generate it");
        }
        try (BenchmarkPostgres postgres = new BenchmarkPostgres(4, data)) {
            AgentIqJdbc jdbc = AgentIqJdbc.create(postgres.dataSource());
            switch (mode) {
                case "card" -> card(jdbc);
                case "insert" -> insert(postgres);
                case "partition" -> partition(postgres);
                default -> throw new IllegalArgumentException("mode must be card, insert or partition, was " + mode);
            }
        }
    }

    private static void card(AgentIqJdbc jdbc) {
        InteractionRepository interactions = jdbc.interactions();
        TimelineService timelines = new TimelineService(interactions, ActionPolicy.defaults());
        String[] parts = {"interaction", "events", "link candidates", "timeline", "- order lookup",
            "- customer lookup", "- nmID lookup", "- article lookup"};
        int samples = 3_000;
        int discarded = 1_000;
        long[][] nanos = new long[parts.length][samples];
        Random random = new Random(1);
        for (int n = 0; n < samples; n++) {
            InteractionId id = InteractionId.of(1 + random.nextInt(1_000_000));
            long started = System.nanoTime();
            Interaction card = interactions.findById(InteractionStoreBenchmark.SELLER, id).orElseThrow();
            nanos[0][n] = System.nanoTime() - started;
            started = System.nanoTime();
            jdbc.events().forInteraction(InteractionStoreBenchmark.SELLER, id);
            nanos[1][n] = System.nanoTime() - started;
            started = System.nanoTime();
            jdbc.linkCandidates().find(InteractionStoreBenchmark.SELLER, id);
            nanos[2][n] = System.nanoTime() - started;
            started = System.nanoTime();
            timelines.timeline(InteractionStoreBenchmark.SELLER, id, TimelineOptions.defaults());
            nanos[3][n] = System.nanoTime() - started;
            InteractionData d = card.data();
            for (ReferenceKind kind : ReferenceKind.values()) {
                String value = kind.of(d);
                if (value == null || d.occurredAt() == null) {
                    continue;
                }
                ReferenceQuery query = ReferenceQuery.of(InteractionStoreBenchmark.SELLER, d.marketplace(), kind, value)
                        .limit(TimelineOptions.defaults().maxItems());
                boolean product = kind == ReferenceKind.NM_ID || kind == ReferenceKind.PRODUCT_ARTICLE;
                query = product ? query.within(d.occurredAt(), Duration.ofDays(45)) : query.around(d.occurredAt());
                started = System.nanoTime();
                interactions.findByReference(query);
                nanos[4 + kind.ordinal()][n] = System.nanoTime() - started;
            }
        }
        for (int p = 0; p < parts.length; p++) {
            long[] kept = Arrays.copyOfRange(nanos[p], discarded, samples);
            Arrays.sort(kept);
            System.out.printf(Locale.ROOT, "%-18s mean %6.0f µs  p50 %6.0f  p95 %6.0f  p99 %6.0f%n", parts[p],
                    Arrays.stream(kept).average().orElse(0) / 1e3, kept[kept.length / 2] / 1e3,
                    kept[kept.length * 95 / 100] / 1e3, kept[kept.length * 99 / 100] / 1e3);
        }
    }

    /**
     * What partitioning by seller would buy: the measured seller's 1 M rows copied into a table of their own with the
     * same twelve indexes (as a partition would hold them), then the same 500-row insert into it and into the 10 M-row
     * table, alternating. Everything is rolled back.
     */
    private static void partition(BenchmarkPostgres postgres) throws SQLException {
        rolledBack(postgres, statement -> {
            long started = System.nanoTime();
            // a plain table (not TEMP: temporary tables live in a small per-session buffer, not shared_buffers)
            statement.execute("CREATE TABLE one_seller (LIKE interactions INCLUDING DEFAULTS INCLUDING IDENTITY)");
            statement.execute("INSERT INTO one_seller SELECT * FROM interactions WHERE seller_id = 1");
            statement.execute("SELECT setval(pg_get_serial_sequence('one_seller', 'id'), "
                    + "(SELECT max(id) FROM interactions))");
            List<String> indexes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT indexdef FROM pg_indexes WHERE tablename = 'interactions'")) {
                while (rows.next()) {
                    indexes.add(rows.getString(1).replaceFirst("INDEX \\S+ ON public.interactions",
                            "INDEX ON one_seller"));
                }
            }
            for (String index : indexes) {
                statement.execute(index);
            }
            statement.execute("ANALYZE one_seller");
            System.out.printf(Locale.ROOT, "copied 1 M rows and built %d indexes in %.0f s%n", indexes.size(),
                    (System.nanoTime() - started) / 1e9);
            for (int run = 1; run <= 3; run++) {
                timeInsert(statement, "interactions", "interactions");
                timeInsert(statement, "one_seller", "one_seller");
            }
        });
    }

    private static void insert(BenchmarkPostgres postgres) throws SQLException {
        rolledBack(postgres, statement -> {
            statement.execute("CREATE TEMP TABLE same_indexes (LIKE interactions INCLUDING ALL)");
            statement.execute("CREATE TEMP TABLE no_indexes (LIKE interactions INCLUDING DEFAULTS "
                    + "INCLUDING IDENTITY)");
            for (String table : new String[] {"interactions", "same_indexes", "no_indexes"}) {
                timeInsert(statement, table, table);
                timeInsert(statement, table, table);
            }
            // what the seed's four filter-only indexes cost; DDL is transactional, so the rollback restores them
            statement.execute("DROP INDEX ix_interactions_channel_status, ix_interactions_priority, "
                    + "ix_interactions_source, ix_interactions_needs_response");
            timeInsert(statement, "interactions", "interactions without the four filter indexes");
            timeInsert(statement, "interactions", "interactions without the four filter indexes");
        });
    }

    /** Prints the execution time PostgreSQL reports for one page of 500 new rows inserted into {@code table}. */
    private static void timeInsert(Statement statement, String table, String label) throws SQLException {
        try (ResultSet plan = statement.executeQuery("EXPLAIN ANALYZE INSERT INTO " + table + " " + COLUMNS + PAGE)) {
            while (plan.next()) {
                String line = plan.getString(1);
                if (line.startsWith("Execution Time")) {
                    System.out.printf(Locale.ROOT, "500 rows into %-13s %s%n", label, line);
                }
            }
        }
    }

    /** Runs {@code work} in one transaction that is always rolled back, so the data set is left as it was. */
    private static void rolledBack(BenchmarkPostgres postgres, StatementWork work) throws SQLException {
        try (Connection connection = postgres.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                work.run(statement);
            } finally {
                connection.rollback();
            }
        }
    }

    @FunctionalInterface
    private interface StatementWork {
        void run(Statement statement) throws SQLException;
    }
}
