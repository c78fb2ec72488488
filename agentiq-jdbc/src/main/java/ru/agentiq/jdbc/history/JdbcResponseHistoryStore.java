package ru.agentiq.jdbc.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.history.ProductRef;
import ru.agentiq.core.history.ResponseHistoryStore;
import ru.agentiq.core.history.ResponseRecord;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.ReferenceKind;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.jdbc.internal.Dialect;
import ru.agentiq.jdbc.internal.Timestamps;
import ru.agentiq.jdbc.internal.Transactions;

/**
 * {@link ResponseHistoryStore} on {@code response_history}, one row per seller and interaction. The newest-reply-wins
 * rule is one conditional upsert on PostgreSQL ({@code ON CONFLICT … DO UPDATE … WHERE replied_at <=}); on H2 an
 * update of a row no newer than the record, then an insert when no row exists, in one transaction. A recall is one
 * index range scan ({@code ix_response_history_nm[_intent]} or {@code _article}) bounded by its limit.
 */
public final class JdbcResponseHistoryStore implements ResponseHistoryStore {

    private static final String COLUMNS = "seller_id, interaction_id, marketplace, channel, nm_id, product_article, "
            + "intent, reply_text, replied_at";
    private static final String VALUES = ":seller_id, :interaction_id, :marketplace, :channel, :nm_id, "
            + ":product_article, :intent, :reply_text, :replied_at";
    private static final String SETS = "marketplace = :marketplace, channel = :channel, nm_id = :nm_id, "
            + "product_article = :product_article, intent = :intent, reply_text = :reply_text, "
            + "replied_at = :replied_at";

    private final Jdbi jdbi;
    private final Dialect dialect;

    public JdbcResponseHistoryStore(Jdbi jdbi, Dialect dialect) {
        this.jdbi = Checks.required(jdbi, "jdbi");
        this.dialect = Checks.required(dialect, "dialect");
    }

    @Override
    public void recordAll(SellerId sellerId, Collection<ResponseRecord> records) {
        Checks.required(sellerId, "sellerId");
        Checks.required(records, "records");
        // the newest per interaction: one batch never touches a row twice
        Map<InteractionId, ResponseRecord> newest = new LinkedHashMap<>();
        for (ResponseRecord r : records) {
            Checks.required(r, "record");
            if (!r.sellerId().equals(sellerId)) {
                throw new ValidationException("the record of interaction " + r.interactionId() + " belongs to seller "
                        + r.sellerId() + ", not " + sellerId);
            }
            newest.merge(r.interactionId(), r, (a, b) -> b.repliedAt().isBefore(a.repliedAt()) ? a : b);
        }
        if (newest.isEmpty()) {
            return;
        }
        Transactions.retrying(jdbi, handle -> {
            if (dialect == Dialect.POSTGRESQL) {
                execute(handle, "INSERT INTO response_history (" + COLUMNS + ") VALUES (" + VALUES + ") "
                        + "ON CONFLICT (seller_id, interaction_id) DO UPDATE SET " + SETS.replace(":", "EXCLUDED.")
                        + " WHERE response_history.replied_at <= EXCLUDED.replied_at", newest.values());
            } else {
                execute(handle, "UPDATE response_history SET " + SETS + " WHERE seller_id = :seller_id "
                        + "AND interaction_id = :interaction_id AND replied_at <= :replied_at", newest.values());
                execute(handle, "INSERT INTO response_history (" + COLUMNS + ") SELECT " + VALUES + " WHERE NOT EXISTS "
                        + "(SELECT 1 FROM response_history WHERE seller_id = :seller_id "
                        + "AND interaction_id = :interaction_id)", newest.values());
            }
            return null;
        });
    }

    private static void execute(Handle handle, String sql, Collection<ResponseRecord> records) {
        PreparedBatch batch = handle.prepareBatch(sql);
        for (ResponseRecord r : records) {
            batch.bind("seller_id", r.sellerId().value())
                    .bind("interaction_id", r.interactionId().value())
                    .bind("marketplace", r.marketplace().wire())
                    .bind("channel", r.channel().wire())
                    .bind("nm_id", r.nmId())
                    .bind("product_article", r.productArticle())
                    .bind("intent", r.intent())
                    .bind("reply_text", r.text())
                    .bind("replied_at", Timestamps.bind(r.repliedAt()))
                    .add();
        }
        batch.execute();
    }

    @Override
    public Optional<ResponseRecord> find(SellerId sellerId, InteractionId interactionId) {
        Checks.required(sellerId, "sellerId");
        Checks.required(interactionId, "interactionId");
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM response_history "
                        + "WHERE seller_id = :seller AND interaction_id = :interaction")
                .bind("seller", sellerId.value())
                .bind("interaction", interactionId.value())
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public List<ResponseRecord> recent(SellerId sellerId, ProductRef product, String intent, int limit) {
        Checks.required(sellerId, "sellerId");
        Checks.required(product, "product");
        Checks.inRange(limit, 1, MAX_LIMIT, "limit");
        String wanted = intent == null || intent.isBlank() ? null : intent.strip();
        // the column name comes from the enum, never from input
        String column = product.kind() == ReferenceKind.NM_ID ? "nm_id" : "product_article";
        String sql = "SELECT " + COLUMNS + " FROM response_history WHERE seller_id = :seller AND " + column
                + " = :product" + (wanted == null ? "" : " AND intent = :intent")
                + " ORDER BY replied_at DESC, interaction_id DESC LIMIT :limit";
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery(sql)
                    .bind("seller", sellerId.value())
                    .bind("product", product.value())
                    .bind("limit", limit);
            if (wanted != null) {
                query.bind("intent", wanted);
            }
            return query.map((rs, ctx) -> read(rs)).list();
        });
    }

    private static ResponseRecord read(ResultSet rs) throws SQLException {
        return new ResponseRecord(SellerId.of(rs.getLong("seller_id")), Marketplace.fromWire(rs.getString("marketplace")),
                InteractionId.of(rs.getLong("interaction_id")), Channel.fromWire(rs.getString("channel")),
                rs.getString("nm_id"), rs.getString("product_article"), rs.getString("intent"),
                rs.getString("reply_text"), Timestamps.read(rs, "replied_at"));
    }
}
