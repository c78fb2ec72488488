package ru.agentiq.jdbc.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.statement.SqlStatement;
import ru.agentiq.core.interaction.InboxPosition;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.InboxSort;
import ru.agentiq.core.interaction.WireValue;
import ru.agentiq.jdbc.internal.Timestamps;

/**
 * The WHERE and ORDER BY of an inbox query. SQL text is assembled only from fixed fragments and generated parameter
 * names; every value the caller supplied is bound.
 */
final class InboxSql {

    /** One sort column; {@code ascending=false} means "after" is smaller. */
    private record SortColumn(String column, boolean ascending) {
    }

    private static final List<SortColumn> NEWEST = List.of(
            new SortColumn("occurred_sort", false),
            new SortColumn("created_at", false),
            new SortColumn("id", false));

    private static final List<SortColumn> PRIORITY = List.of(
            new SortColumn("priority_rank", true),
            new SortColumn("sla_sort", true),
            new SortColumn("occurred_sort", false),
            new SortColumn("created_at", false),
            new SortColumn("id", false));

    private final InboxQuery query;
    private final List<SortColumn> order;
    private final String filters;

    InboxSql(InboxQuery query) {
        this.query = query;
        this.order = query.sort() == InboxSort.PRIORITY ? PRIORITY : NEWEST;
        StringBuilder where = new StringBuilder("seller_id = :seller");
        in(where, "channel", "ch", query.channels().size());
        in(where, "status", "st", query.statuses().size());
        in(where, "priority", "pr", query.priorities().size());
        if (query.needsResponse() != null) {
            where.append(" AND needs_response = :needs_response");
        }
        if (query.marketplace() != null) {
            where.append(" AND marketplace = :marketplace");
        }
        if (query.source() != null) {
            where.append(" AND source = :source");
        }
        if (query.search() != null) {
            where.append(" AND search_text LIKE :search ESCAPE '!'");
        }
        this.filters = where.toString();
    }

    String filters() {
        return filters;
    }

    /**
     * {@code AND (c1 > :k0 OR (c1 = :k0 AND (c2 < :k1 OR …)))}: strictly after the cursor's position in the sort
     * order, expanded per column because the order mixes ascending and descending columns.
     */
    String afterCursor() {
        if (query.cursor() == null) {
            return "";
        }
        return " AND " + after(0);
    }

    private String after(int i) {
        SortColumn c = order.get(i);
        String strictly = c.column() + (c.ascending() ? " > " : " < ") + ":k" + i;
        if (i == order.size() - 1) {
            return "(" + strictly + ")";
        }
        return "(" + strictly + " OR (" + c.column() + " = :k" + i + " AND " + after(i + 1) + "))";
    }

    String orderBy() {
        List<String> parts = new ArrayList<>();
        for (SortColumn c : order) {
            parts.add(c.column() + (c.ascending() ? " ASC" : " DESC"));
        }
        return String.join(", ", parts);
    }

    void bind(SqlStatement<?> statement) {
        bindFilters(statement);
        if (query.cursor() != null) {
            InboxPosition p = query.cursor().position();
            for (int i = 0; i < order.size(); i++) {
                statement.bind("k" + i, keyValue(order.get(i).column(), p));
            }
        }
    }

    void bindFilters(SqlStatement<?> statement) {
        statement.bind("seller", query.sellerId().value());
        bindAll(statement, "ch", query.channels().stream().map(WireValue::wire).toList());
        bindAll(statement, "st", query.statuses().stream().map(WireValue::wire).toList());
        bindAll(statement, "pr", query.priorities().stream().map(WireValue::wire).toList());
        if (query.needsResponse() != null) {
            statement.bind("needs_response", query.needsResponse().booleanValue());
        }
        if (query.marketplace() != null) {
            statement.bind("marketplace", query.marketplace().wire());
        }
        if (query.source() != null) {
            statement.bind("source", query.source().wire());
        }
        if (query.search() != null) {
            statement.bind("search", "%" + escapeLike(query.search().toLowerCase(Locale.ROOT)) + "%");
        }
    }

    private static Object keyValue(String column, InboxPosition p) {
        return switch (column) {
            case "priority_rank" -> p.priorityRank();
            case "sla_sort" -> Timestamps.bind(InteractionRows.slaSort(p.slaDueAt()));
            case "occurred_sort" -> Timestamps.bind(InteractionRows.occurredSort(p.occurredAt()));
            case "created_at" -> Timestamps.bind(p.createdAt());
            case "id" -> p.id();
            default -> throw new IllegalStateException("no cursor value for " + column);
        };
    }

    private static void in(StringBuilder where, String column, String prefix, int count) {
        if (count == 0) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(":" + prefix + i);
        }
        where.append(" AND ").append(column).append(" IN (").append(String.join(", ", names)).append(')');
    }

    private static void bindAll(SqlStatement<?> statement, String prefix, List<String> values) {
        List<String> sorted = values.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            statement.bind(prefix + i, sorted.get(i));
        }
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
