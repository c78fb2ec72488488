package ru.agentiq.jdbc.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ActorId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.ledger.CreditTransaction;
import ru.agentiq.billing.ledger.Hold;
import ru.agentiq.billing.ledger.HoldId;
import ru.agentiq.billing.ledger.HoldStatus;
import ru.agentiq.billing.ledger.TransactionId;
import ru.agentiq.billing.ledger.TransactionKind;
import ru.agentiq.core.interaction.WireValue;
import ru.agentiq.jdbc.internal.Timestamps;

/** Column mapping of {@code credit_transactions} and {@code credit_holds}. */
final class LedgerRows {

    static final String TRANSACTION_COLUMNS = "id, account_id, kind, amount, balance_after, idempotency_key, "
            + "initiated_by, reference_id, refund_of, note, created_at";

    static final String HOLD_COLUMNS = "id, account_id, amount, idempotency_key, reference_id, note, status, "
            + "created_at, expires_at, resolved_at, actual_cost, charged, transaction_id";

    static final RowMapper<CreditTransaction> TRANSACTION = LedgerRows::transaction;
    static final RowMapper<Hold> HOLD = LedgerRows::hold;

    private LedgerRows() {
    }

    private static CreditTransaction transaction(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws SQLException {
        long refundOf = rs.getLong("refund_of");
        TransactionId refund = rs.wasNull() ? null : TransactionId.of(refundOf);
        String initiatedBy = rs.getString("initiated_by");
        return new CreditTransaction(
                TransactionId.of(rs.getLong("id")),
                AccountId.of(rs.getString("account_id")),
                TransactionKind.fromWire(rs.getString("kind")),
                credits(rs.getBigDecimal("amount")),
                credits(rs.getBigDecimal("balance_after")),
                IdempotencyKey.of(rs.getString("idempotency_key")),
                initiatedBy == null ? null : ActorId.of(initiatedBy),
                rs.getString("reference_id"),
                refund,
                rs.getString("note"),
                Timestamps.read(rs, "created_at"));
    }

    private static Hold hold(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        long transaction = rs.getLong("transaction_id");
        TransactionId transactionId = rs.wasNull() ? null : TransactionId.of(transaction);
        return new Hold(
                HoldId.of(rs.getLong("id")),
                AccountId.of(rs.getString("account_id")),
                credits(rs.getBigDecimal("amount")),
                IdempotencyKey.of(rs.getString("idempotency_key")),
                rs.getString("reference_id"),
                rs.getString("note"),
                WireValue.parse(HoldStatus.class, rs.getString("status"), "status"),
                Timestamps.read(rs, "created_at"),
                Timestamps.read(rs, "expires_at"),
                Timestamps.read(rs, "resolved_at"),
                nullableCredits(rs.getBigDecimal("actual_cost")),
                nullableCredits(rs.getBigDecimal("charged")),
                transactionId);
    }

    static Credits credits(BigDecimal value) {
        return Credits.of(value);
    }

    static Credits nullableCredits(BigDecimal value) {
        return value == null ? null : Credits.of(value);
    }

    static BigDecimal decimal(Credits credits) {
        return credits == null ? null : credits.value();
    }
}
