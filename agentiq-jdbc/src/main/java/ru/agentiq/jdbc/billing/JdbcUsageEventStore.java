package ru.agentiq.jdbc.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.ledger.TransactionId;
import ru.agentiq.billing.ledger.UnitOfWork;
import ru.agentiq.billing.usage.DuplicateRequestIdException;
import ru.agentiq.billing.usage.LlmCall;
import ru.agentiq.billing.usage.LlmCallEvent;
import ru.agentiq.billing.usage.UsageEventStore;
import ru.agentiq.billing.usage.UsageFilter;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.draft.LlmCallStatus;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.jdbc.internal.SqlErrors;
import ru.agentiq.jdbc.internal.Timestamps;

/**
 * {@link UsageEventStore} on the append-only {@code llm_call_events} table. An event is inserted through the unit of
 * work's own connection (a {@link JdbcLedgerStore} unit on the same database), so it commits or rolls back with the
 * debit it pays for; the unique key on (account, request id) makes a second event for one request impossible.
 */
public final class JdbcUsageEventStore implements UsageEventStore {

    private static final String COLUMNS = "id, account_id, request_id, reference_id, provider, model_alias, "
            + "provider_model, input_tokens_fresh, input_tokens_cached, output_tokens, oe_tokens, credits_burned, "
            + "provider_cost_usd, latency_nanos, status, used_fallback, pricing_version, transaction_id, created_at";

    private final Jdbi jdbi;

    public JdbcUsageEventStore(Jdbi jdbi) {
        this.jdbi = Checks.required(jdbi, "jdbi");
    }

    @Override
    public LlmCallEvent append(UnitOfWork unit, LlmCall call) {
        Checks.required(unit, "unit");
        Checks.required(call, "call");
        Handle handle = unit.unwrap(Handle.class).orElseThrow(() -> new ValidationException(
                "JdbcUsageEventStore writes through the unit's connection: use a JdbcLedgerStore unit of work"));
        if (find(handle, call.account(), call.requestId()).isPresent()) {
            throw new DuplicateRequestIdException(call.account(), call.requestId());
        }
        try {
            long id = handle.createUpdate("INSERT INTO llm_call_events (account_id, request_id, reference_id, "
                            + "provider, model_alias, provider_model, input_tokens_fresh, input_tokens_cached, "
                            + "output_tokens, oe_tokens, credits_burned, provider_cost_usd, latency_nanos, status, "
                            + "used_fallback, pricing_version, transaction_id, created_at) VALUES (:account, "
                            + ":request_id, :reference_id, :provider, :model_alias, :provider_model, :fresh, "
                            + ":cached, :output, :oe, :credits, :cost, :latency, :status, :fallback, :pricing, "
                            + ":transaction, :created_at)")
                    .bind("account", call.account().value())
                    .bind("request_id", call.requestId())
                    .bind("reference_id", call.referenceId())
                    .bind("provider", call.provider())
                    .bind("model_alias", call.modelAlias())
                    .bind("provider_model", call.providerModel())
                    .bind("fresh", call.inputTokensFresh())
                    .bind("cached", call.inputTokensCached())
                    .bind("output", call.outputTokens())
                    .bind("oe", call.oeTokens().toString())
                    .bind("credits", call.creditsBurned().value())
                    .bind("cost", call.providerCostUsd() == null ? null : call.providerCostUsd().toString())
                    .bind("latency", call.latency().toNanos())
                    .bind("status", call.status().wire())
                    .bind("fallback", call.usedFallback())
                    .bind("pricing", call.pricingVersion())
                    .bind("transaction", call.transactionId() == null ? null : call.transactionId().value())
                    .bind("created_at", Timestamps.bind(call.createdAt()))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            return new LlmCallEvent(id, call);
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new DuplicateRequestIdException(call.account(), call.requestId());
            }
            throw e;
        }
    }

    @Override
    public Optional<LlmCallEvent> findByRequestId(AccountId account, String requestId) {
        return jdbi.withHandle(handle -> find(handle, account, requestId));
    }

    @Override
    public List<LlmCallEvent> find(UsageFilter filter) {
        Checks.required(filter, "filter");
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.account() != null) {
            where.append(" AND account_id = :account");
        }
        if (filter.modelAlias() != null) {
            where.append(" AND model_alias = :model");
        }
        if (filter.from() != null) {
            where.append(" AND created_at >= :from");
        }
        if (filter.to() != null) {
            where.append(" AND created_at < :to");
        }
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery("SELECT " + COLUMNS + " FROM llm_call_events WHERE " + where
                    + " ORDER BY created_at, id");
            if (filter.account() != null) {
                query.bind("account", filter.account().value());
            }
            if (filter.modelAlias() != null) {
                query.bind("model", filter.modelAlias());
            }
            if (filter.from() != null) {
                query.bind("from", Timestamps.bind(filter.from()));
            }
            if (filter.to() != null) {
                query.bind("to", Timestamps.bind(filter.to()));
            }
            return query.map(JdbcUsageEventStore::event).list();
        });
    }

    @Override
    public List<LlmCallEvent> recent(AccountId account, int limit, long offset) {
        if (limit < 0 || offset < 0) {
            throw new ValidationException("limit and offset must not be negative, were " + limit + " and " + offset);
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM llm_call_events "
                        + "WHERE account_id = :account ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("account", account.value())
                .bind("limit", limit)
                .bind("offset", offset)
                .map(JdbcUsageEventStore::event)
                .list());
    }

    @Override
    public long count(AccountId account) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM llm_call_events WHERE account_id = :account")
                .bind("account", account.value())
                .mapTo(Long.class)
                .one());
    }

    private static Optional<LlmCallEvent> find(Handle handle, AccountId account, String requestId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM llm_call_events "
                        + "WHERE account_id = :account AND request_id = :request_id")
                .bind("account", account.value())
                .bind("request_id", requestId)
                .map(JdbcUsageEventStore::event)
                .findOne();
    }

    private static LlmCallEvent event(ResultSet rs, StatementContext ctx) throws SQLException {
        long transaction = rs.getLong("transaction_id");
        TransactionId transactionId = rs.wasNull() ? null : TransactionId.of(transaction);
        String cost = rs.getString("provider_cost_usd");
        LlmCall call = new LlmCall(
                AccountId.of(rs.getString("account_id")),
                rs.getString("request_id"),
                rs.getString("reference_id"),
                rs.getString("provider"),
                rs.getString("model_alias"),
                rs.getString("provider_model"),
                rs.getLong("input_tokens_fresh"),
                rs.getLong("input_tokens_cached"),
                rs.getLong("output_tokens"),
                new BigDecimal(rs.getString("oe_tokens")),
                Credits.of(rs.getBigDecimal("credits_burned")),
                cost == null ? null : new BigDecimal(cost),
                Duration.ofNanos(rs.getLong("latency_nanos")),
                LlmCallStatus.fromWire(rs.getString("status")),
                rs.getBoolean("used_fallback"),
                rs.getString("pricing_version"),
                transactionId,
                Timestamps.read(rs, "created_at"));
        return new LlmCallEvent(rs.getLong("id"), call);
    }
}
