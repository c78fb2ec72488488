package ru.agentiq.jdbc.reply;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.reply.ReplyAttempt;
import ru.agentiq.core.reply.ReplyAttemptStore;
import ru.agentiq.jdbc.internal.Dialect;
import ru.agentiq.jdbc.internal.Timestamps;
import ru.agentiq.jdbc.internal.Transactions;

/**
 * {@link ReplyAttemptStore} on the {@code reply_attempts} table, whose primary key (seller, idempotency key) makes a
 * second attempt under one key impossible. {@link #putIfAbsent} is one {@code INSERT … ON CONFLICT DO NOTHING}: the
 * database decides the race, and a loser reads back the winner's row.
 */
public final class JdbcReplyAttemptStore implements ReplyAttemptStore {

    private static final String COLUMNS = "seller_id, idempotency_key, interaction_id, reply_text, state, created_at, "
            + "updated_at";

    private static final RowMapper<ReplyAttempt> MAPPER = (rs, ctx) -> new ReplyAttempt(
            SellerId.of(rs.getLong("seller_id")),
            rs.getString("idempotency_key"),
            InteractionId.of(rs.getLong("interaction_id")),
            rs.getString("reply_text"),
            ReplyAttempt.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
            Timestamps.read(rs, "created_at"),
            Timestamps.read(rs, "updated_at"));

    private final Jdbi jdbi;
    private final String upsert;

    public JdbcReplyAttemptStore(Jdbi jdbi, Dialect dialect) {
        this.jdbi = Checks.required(jdbi, "jdbi");
        this.upsert = Checks.required(dialect, "dialect").upsert("reply_attempts",
                List.of("seller_id", "idempotency_key"), List.of(COLUMNS.split(", ")));
    }

    @Override
    public ReplyAttempt putIfAbsent(ReplyAttempt attempt) {
        Checks.required(attempt, "attempt");
        return jdbi.withHandle(handle -> {
            int inserted = bindAll(handle.createUpdate("INSERT INTO reply_attempts (" + COLUMNS + ") VALUES ("
                    + ":seller_id, :idempotency_key, :interaction_id, :reply_text, :state, :created_at, :updated_at) "
                    + "ON CONFLICT DO NOTHING"), attempt).execute();
            if (inserted == 1) {
                return attempt;
            }
            // rows are never deleted, so the row that won the conflict is there to read
            return find(handle, attempt.sellerId(), attempt.idempotencyKey()).orElseThrow(() -> new AgentIqException(
                    "reply attempt " + attempt.idempotencyKey() + " of seller " + attempt.sellerId()
                            + " conflicted with a row that is gone"));
        });
    }

    @Override
    public void update(ReplyAttempt attempt) {
        Checks.required(attempt, "attempt");
        Transactions.retrying(jdbi, handle -> bindAll(handle.createUpdate(upsert), attempt).execute());
    }

    @Override
    public Optional<ReplyAttempt> find(SellerId sellerId, String idempotencyKey) {
        Checks.required(sellerId, "sellerId");
        Checks.required(idempotencyKey, "idempotencyKey");
        return jdbi.withHandle(handle -> find(handle, sellerId, idempotencyKey));
    }

    private static Optional<ReplyAttempt> find(Handle handle, SellerId sellerId, String idempotencyKey) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM reply_attempts "
                        + "WHERE seller_id = :seller AND idempotency_key = :key")
                .bind("seller", sellerId.value())
                .bind("key", idempotencyKey)
                .map(MAPPER)
                .findOne();
    }

    private static <S extends SqlStatement<S>> S bindAll(S statement, ReplyAttempt attempt) {
        return statement
                .bind("seller_id", attempt.sellerId().value())
                .bind("idempotency_key", attempt.idempotencyKey())
                .bind("interaction_id", attempt.interactionId().value())
                .bind("reply_text", attempt.text())
                .bind("state", attempt.state().name().toLowerCase(Locale.ROOT))
                .bind("created_at", Timestamps.bind(Checks.micros(attempt.createdAt())))
                .bind("updated_at", Timestamps.bind(Checks.micros(attempt.updatedAt())));
    }
}
