package ru.agentiq.jdbc.interaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.SqlStatement;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.jdbc.internal.JsonColumns;
import ru.agentiq.jdbc.internal.Timestamps;

/** Column mapping of the {@code interactions} table. */
final class InteractionRows implements RowMapper<Interaction> {

    static final InteractionRows MAPPER = new InteractionRows();

    /** Stands in for an unknown occurred-at in the sort key: below every real instant. */
    static final Instant OCCURRED_UNKNOWN = Instant.parse("0001-01-01T00:00:00Z");
    /** Stands in for "no SLA" in the sort key: after every real deadline. */
    static final Instant NO_DEADLINE = Instant.parse("9999-12-31T00:00:00Z");

    static final String COLUMNS = "id, seller_id, marketplace, channel, external_id, customer_id, order_id, nm_id, "
            + "product_article, subject, body, rating, status, priority, needs_response, source, is_auto_response, "
            + "occurred_at, sla_due_at, created_at, updated_at, extra_data";

    /** The columns an insert writes, in {@link #valuesRow(int)} order. */
    private static final String[] INSERT_COLUMNS = {"seller_id", "marketplace", "channel", "external_id",
            "customer_id", "order_id", "nm_id", "product_article", "subject", "body", "rating", "status", "priority",
            "needs_response", "source", "is_auto_response", "occurred_at", "sla_due_at", "created_at", "updated_at",
            "extra_data", "priority_rank", "occurred_sort", "sla_sort", "search_text"};

    static final String INSERT_PREFIX = "INSERT INTO interactions (" + String.join(", ", INSERT_COLUMNS)
            + ") VALUES ";

    /** SQL types of {@link #INSERT_COLUMNS}, for the PostgreSQL array insert. */
    private static final String[] INSERT_TYPES = {"bigint", "text", "text", "text", "text", "text", "text", "text",
            "text", "text", "smallint", "text", "text", "boolean", "text", "boolean", "timestamptz", "timestamptz",
            "timestamptz", "timestamptz", "text", "smallint", "timestamptz", "timestamptz", "text"};

    /**
     * PostgreSQL's bulk insert: one array parameter per column, so a page of 500 items is parsed and planned as a
     * statement with 25 parameters rather than 12,500. The arrays are expanded by {@code unnest} calls in a select
     * list, which PostgreSQL steps through in lockstep row by row, rather than by {@code unnest(a, b, …)} in FROM,
     * which first copies every row into a tuple store (a tenth of the insert's time on a 500-row page). Instants travel
     * as ISO text.
     */
    static final String UNNEST_INSERT;

    static {
        StringBuilder select = new StringBuilder();
        StringBuilder arrays = new StringBuilder();
        for (int c = 0; c < INSERT_COLUMNS.length; c++) {
            String type = INSERT_TYPES[c];
            boolean castLater = type.equals("timestamptz") || type.equals("smallint");
            select.append(c == 0 ? "" : ", ").append(castLater ? "CAST(u." + INSERT_COLUMNS[c] + " AS " + type + ")"
                    : "u." + INSERT_COLUMNS[c]);
            String arrayType = castLater ? (type.equals("smallint") ? "integer" : "text") : type;
            arrays.append(c == 0 ? "" : ", ").append("unnest(CAST(:").append(INSERT_COLUMNS[c]).append(" AS ")
                    .append(arrayType).append("[])) AS ").append(INSERT_COLUMNS[c]);
        }
        UNNEST_INSERT = "INSERT INTO interactions (" + String.join(", ", INSERT_COLUMNS) + ") SELECT " + select
                + " FROM (SELECT " + arrays + ") AS u";
    }

    /** Binds {@code items} column by column as arrays for {@link #UNNEST_INSERT}. */
    static <S extends SqlStatement<S>> S bindArrays(S statement, List<InteractionData> items, Instant now) {
        int n = items.size();
        Object[][] columns = new Object[INSERT_COLUMNS.length][n];
        String created = now.toString();
        for (int i = 0; i < n; i++) {
            InteractionData d = items.get(i);
            Object[] row = {d.sellerId().value(), d.marketplace().wire(), d.channel().wire(), d.externalId(),
                    d.customerId(), d.orderId(), d.nmId(), d.productArticle(), d.subject(), d.text(), d.rating(),
                    d.status().wire(), d.priority().wire(), d.needsResponse(), d.source().wire(), d.autoResponse(),
                    text(d.occurredAt()), text(d.slaDueAt()), created, created, JsonColumns.write(d.extraData()),
                    d.priority().rank(), occurredSort(d.occurredAt()).toString(), slaSort(d.slaDueAt()).toString(),
                    searchText(d)};
            for (int c = 0; c < row.length; c++) {
                columns[c][i] = row[c];
            }
        }
        for (int c = 0; c < INSERT_COLUMNS.length; c++) {
            Object array = switch (INSERT_TYPES[c]) {
                case "bigint" -> Arrays.copyOf(columns[c], n, Long[].class);
                case "boolean" -> Arrays.copyOf(columns[c], n, Boolean[].class);
                case "smallint" -> Arrays.copyOf(columns[c], n, Integer[].class);
                default -> Arrays.copyOf(columns[c], n, String[].class);
            };
            // a typed Java array goes to the driver as is: PgJDBC sends it in binary, so the server reads each element
            // by its length instead of scanning the text form of the array for quotes and escapes
            statement.bind(INSERT_COLUMNS[c], (Argument) (position, prepared, context) ->
                    prepared.setObject(position, array));
        }
        return statement;
    }

    private static String text(Instant value) {
        return value == null ? null : value.toString();
    }

    /** {@code (:seller_id7, :marketplace7, …)}: the placeholders of row {@code n} of a multi-row insert. */
    static String valuesRow(int n) {
        StringBuilder row = new StringBuilder("(");
        for (int c = 0; c < INSERT_COLUMNS.length; c++) {
            row.append(c == 0 ? ":" : ", :").append(INSERT_COLUMNS[c]).append(n);
        }
        return row.append(')').toString();
    }

    static final String UPDATE = "UPDATE interactions SET customer_id = :customer_id, order_id = :order_id, "
            + "nm_id = :nm_id, product_article = :product_article, subject = :subject, body = :body, "
            + "rating = :rating, status = :status, priority = :priority, needs_response = :needs_response, "
            + "source = :source, is_auto_response = :is_auto_response, occurred_at = :occurred_at, "
            + "sla_due_at = :sla_due_at, updated_at = :updated_at, extra_data = :extra_data, "
            + "priority_rank = :priority_rank, occurred_sort = :occurred_sort, sla_sort = :sla_sort, "
            + "search_text = :search_text WHERE id = :id AND seller_id = :seller_id";

    private InteractionRows() {
    }

    /** Binds every column of {@code data} plus the derived sort and search columns. */
    static <S extends SqlStatement<S>> S bind(S statement, InteractionData data) {
        return bindRow(statement, data, "");
    }

    /** {@link #bind} for row {@code n} of a multi-row insert (parameter names suffixed with {@code n}). */
    static <S extends SqlStatement<S>> S bindRow(S statement, InteractionData data, int n) {
        return bindRow(statement, data, Integer.toString(n));
    }

    private static <S extends SqlStatement<S>> S bindRow(S statement, InteractionData data, String suffix) {
        return statement
                .bind("seller_id" + suffix, data.sellerId().value())
                .bind("marketplace" + suffix, data.marketplace().wire())
                .bind("channel" + suffix, data.channel().wire())
                .bind("external_id" + suffix, data.externalId())
                .bind("customer_id" + suffix, data.customerId())
                .bind("order_id" + suffix, data.orderId())
                .bind("nm_id" + suffix, data.nmId())
                .bind("product_article" + suffix, data.productArticle())
                .bind("subject" + suffix, data.subject())
                .bind("body" + suffix, data.text())
                .bind("rating" + suffix, data.rating())
                .bind("status" + suffix, data.status().wire())
                .bind("priority" + suffix, data.priority().wire())
                .bind("needs_response" + suffix, data.needsResponse())
                .bind("source" + suffix, data.source().wire())
                .bind("is_auto_response" + suffix, data.autoResponse())
                .bind("occurred_at" + suffix, Timestamps.bind(data.occurredAt()))
                .bind("sla_due_at" + suffix, Timestamps.bind(data.slaDueAt()))
                .bind("extra_data" + suffix, JsonColumns.write(data.extraData()))
                .bind("priority_rank" + suffix, data.priority().rank())
                .bind("occurred_sort" + suffix, Timestamps.bind(occurredSort(data.occurredAt())))
                .bind("sla_sort" + suffix, Timestamps.bind(slaSort(data.slaDueAt())))
                .bind("search_text" + suffix, searchText(data));
    }

    static Instant occurredSort(Instant occurredAt) {
        return occurredAt == null ? OCCURRED_UNKNOWN : occurredAt;
    }

    static Instant slaSort(Instant slaDueAt) {
        return slaDueAt == null ? NO_DEADLINE : slaDueAt;
    }

    /**
     * Lower-cased in Java rather than with SQL {@code LOWER()}: PostgreSQL folds Cyrillic only under a non-C
     * collation, and search must behave the same on every database. Fields are joined by a control character so a
     * search never matches across two fields.
     */
    static String searchText(InteractionData d) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {d.text(), d.subject(), d.productArticle(), d.nmId(), d.customerId(),
                d.orderId()}) {
            if (part != null) {
                sb.append(part.toLowerCase(Locale.ROOT));
            }
            sb.append('\u0001');
        }
        return sb.toString();
    }

    @Override
    public Interaction map(ResultSet rs, StatementContext ctx) throws SQLException {
        int rating = rs.getInt("rating");
        Integer boxedRating = rs.wasNull() ? null : rating;
        InteractionData data = InteractionData.builder(SellerId.of(rs.getLong("seller_id")),
                        Channel.fromWire(rs.getString("channel")), rs.getString("external_id"))
                .marketplace(Marketplace.fromWire(rs.getString("marketplace")))
                .customerId(rs.getString("customer_id"))
                .orderId(rs.getString("order_id"))
                .nmId(rs.getString("nm_id"))
                .productArticle(rs.getString("product_article"))
                .subject(rs.getString("subject"))
                .text(rs.getString("body"))
                .rating(boxedRating)
                .status(InteractionStatus.fromWire(rs.getString("status")))
                .priority(Priority.fromWire(rs.getString("priority")))
                .needsResponse(rs.getBoolean("needs_response"))
                .source(InteractionSource.fromWire(rs.getString("source")))
                .autoResponse(rs.getBoolean("is_auto_response"))
                .occurredAt(Timestamps.read(rs, "occurred_at"))
                .slaDueAt(Timestamps.read(rs, "sla_due_at"))
                .extraData(JsonColumns.read(rs.getString("extra_data"), "interactions.extra_data"))
                .build();
        return new Interaction(InteractionId.of(rs.getLong("id")), data, Timestamps.read(rs, "created_at"),
                Timestamps.read(rs, "updated_at"));
    }
}
