package ru.agentiq.jdbc.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.ReferenceKind;
import ru.agentiq.core.interaction.ReferenceQuery;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.jdbc.testing.TestDatabases;

/**
 * The PostgreSQL-only index layout that keeps ingest cheap (migration V10) must not cost a lookup its index: the
 * reference indexes are partial ({@code WHERE <reference> IS NOT NULL}) and serve a statement only when the planner can
 * prove that predicate from it, and the identifier columns compare byte-wise, which a later column change could
 * silently undo.
 */
class PostgresInteractionIndexesTest {

    private static final String[] IDENTIFIER_COLUMNS = {"marketplace", "channel", "external_id", "customer_id",
        "order_id", "nm_id", "product_article", "status", "priority", "source"};

    private final DataSource database = TestDatabases.postgres();

    @ParameterizedTest
    @EnumSource(ReferenceKind.class)
    void everyReferenceLookupTheRepositoryRunsCanUseItsPartialIndex(ReferenceKind kind) {
        List<String> statements = new CopyOnWriteArrayList<>();
        Jdbi recording = Jdbi.create(database).setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.add(context.getParsedSql().getSql());
            }
        });
        ReferenceQuery query = ReferenceQuery.of(SellerId.of(1), Marketplace.WB, kind, "ref-1");
        boolean product = kind == ReferenceKind.NM_ID || kind == ReferenceKind.PRODUCT_ARTICLE;
        Instant anchor = Instant.parse("2026-11-20T10:00:00Z");

        new JdbcInteractionRepository(recording).findByReference(
                product ? query.within(anchor, Duration.ofDays(45)) : query.around(anchor));

        assertThat(statements).isNotEmpty();
        String index = switch (kind) {
            case ORDER_ID -> "ix_interactions_order";
            case CUSTOMER_ID -> "ix_interactions_customer";
            case NM_ID -> "ix_interactions_nm_id";
            case PRODUCT_ARTICLE -> "ix_interactions_article";
        };
        for (String sql : statements) {
            assertThat(genericPlan(sql)).as(sql).contains(index);
        }
    }

    @Test
    void identifierColumnsOfInteractionsCompareByteWise() {
        List<String> collated = Jdbi.create(database).withHandle(h -> h.createQuery(
                        "SELECT column_name FROM information_schema.columns WHERE table_name = 'interactions' "
                                + "AND collation_name = 'C' ORDER BY column_name")
                .mapTo(String.class).list());

        assertThat(collated).containsExactlyInAnyOrder(IDENTIFIER_COLUMNS);
    }

    /**
     * The plan PostgreSQL caches for {@code sql} whatever its parameters (the generic plan of a prepared statement
     * run often), with sequential scans priced out so that a tiny test table still shows which index is usable.
     */
    private String genericPlan(String sql) {
        Matcher placeholders = Pattern.compile("\\?").matcher(sql);
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        while (placeholders.find()) {
            placeholders.appendReplacement(numbered, Matcher.quoteReplacement("$" + ++n));
        }
        placeholders.appendTail(numbered);
        String nulls = String.join(", ", Collections.nCopies(n, "NULL"));
        return Jdbi.create(database).inTransaction(h -> {
            h.execute("SET LOCAL enable_seqscan = off");
            h.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            h.execute("PREPARE lookup AS " + numbered);
            try {
                return String.join("\n", h.createQuery("EXPLAIN EXECUTE lookup(" + nulls + ")")
                        .mapTo(String.class).list());
            } finally {
                h.execute("DEALLOCATE lookup");
            }
        });
    }
}
