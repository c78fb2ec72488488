package ru.agentiq.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.LedgerRequest;
import ru.agentiq.jdbc.AgentIqJdbc;

/**
 * Where a PostgreSQL debit's time goes: grows a ledger through {@link CreditLedger} (5,000 debits over 1,000 wallets),
 * then times each of the seven statements of a debit on its own — the SQL {@code JdbcLedgerStore} sends, one
 * transaction per debit, 1,000 warm-up and 1,000 measured debits — and prints the mean per statement. A trivial
 * statement ({@code SET LOCAL}, {@code COMMIT}) costing as much as a real one means the round trip, not the query,
 * is the cost. A load driver (plain timing), not JMH: the question is a breakdown, not a score.
 *
 * <pre>
 * java -cp agentiq-benchmarks/target/benchmarks.jar ru.agentiq.benchmarks.jdbc.LedgerStatementDriver
 * </pre>
 */
public final class LedgerStatementDriver {

    private static final String[] STATEMENTS = {
        "SET LOCAL lock_timeout = '10000ms'",
        "SELECT w.balance, w.created_at, w.updated_at, (SELECT COALESCE(SUM(h.amount), 0) FROM credit_holds h "
                + "WHERE h.account_id = w.account_id AND h.status = 'held' AND h.expires_at > now()) AS held "
                + "FROM credit_wallets w WHERE w.account_id = ? FOR UPDATE",
        "SELECT * FROM credit_transactions WHERE account_id = ? AND idempotency_key = 'absent'",
        "SELECT * FROM credit_holds WHERE account_id = ? AND idempotency_key = 'absent'",
        "UPDATE credit_wallets SET balance = balance - 0.0125, updated_at = GREATEST(updated_at, now()) "
                + "WHERE account_id = ? RETURNING balance",
        "INSERT INTO credit_transactions (account_id, kind, amount, balance_after, idempotency_key, created_at) "
                + "VALUES (?, 'debit', -0.0125, 0, md5(random()::text), now())"};

    private LedgerStatementDriver() {
    }

    public static void main(String[] args) throws SQLException {
        try (BenchmarkPostgres postgres = new BenchmarkPostgres(4)) {
            CreditLedger ledger = CreditLedger.builder(AgentIqJdbc.create(postgres.dataSource()).ledger()).build();
            for (int n = 0; n < 5_000; n++) {
                ledger.post(LedgerRequest.debit(AccountId.of("seller-" + n % 1_000), Credits.of("0.0125"),
                        IdempotencyKey.of("grow-" + n)));
            }
            long[] nanos = new long[STATEMENTS.length + 1];
            try (Connection connection = postgres.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                for (int i = 0; i < 2_000; i++) {
                    String account = "seller-" + i % 1_000;
                    for (int s = 0; s < STATEMENTS.length; s++) {
                        long started = System.nanoTime();
                        try (PreparedStatement statement = connection.prepareStatement(STATEMENTS[s])) {
                            if (s > 0) {
                                statement.setString(1, account);
                            }
                            if (statement.execute()) {
                                try (ResultSet rows = statement.getResultSet()) {
                                    while (rows.next()) {
                                        // drain, as the store does
                                    }
                                }
                            }
                        }
                        if (i >= 1_000) {
                            nanos[s] += System.nanoTime() - started;
                        }
                    }
                    long started = System.nanoTime();
                    connection.commit();
                    if (i >= 1_000) {
                        nanos[STATEMENTS.length] += System.nanoTime() - started;
                    }
                }
            }
            for (int s = 0; s <= STATEMENTS.length; s++) {
                String sql = s < STATEMENTS.length ? STATEMENTS[s] : "COMMIT";
                System.out.printf(Locale.ROOT, "%7.1f µs  %s%n", nanos[s] / 1e3 / 1_000,
                        sql.substring(0, Math.min(70, sql.length())));
            }
        }
    }
}
