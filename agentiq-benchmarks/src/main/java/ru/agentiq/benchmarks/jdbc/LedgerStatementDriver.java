package ru.agentiq.benchmarks.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
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
 * is the cost. Then it times the fast path's function, {@code agentiq_append_debits}, called with batches of 16
 * debits as group commit sends them — all on one wallet, and spread over sixteen — and prints its cost per debit
 * (300 calls after 100 warm-up calls, one connection). A load driver (plain timing), not JMH: the question is a
 * breakdown, not a score.
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
            try (Connection connection = postgres.dataSource().getConnection()) {
                for (boolean hot : new boolean[] {true, false}) {
                    System.out.printf(Locale.ROOT, "%7.1f µs  a debit in agentiq_append_debits, batches of %d, %s%n",
                            appendCost(connection, hot), BATCH, hot ? "one wallet" : "sixteen wallets");
                }
            }
        }
    }

    private static final int BATCH = 16;

    /** Mean time per debit of {@code agentiq_append_debits} over 300 calls of {@link #BATCH} debits, after 100. */
    private static double appendCost(Connection connection, boolean hot) throws SQLException {
        long measured = 0;
        try (PreparedStatement call = connection.prepareStatement(
                "SELECT * FROM agentiq_append_debits(?, ?, ?, ?, ?, ?, ?, 10000)")) {
            for (int k = 0; k < 400; k++) {
                String[] accounts = new String[BATCH];
                BigDecimal[] amounts = new BigDecimal[BATCH];
                String[] keys = new String[BATCH];
                OffsetDateTime[] at = new OffsetDateTime[BATCH];
                for (int i = 0; i < BATCH; i++) {
                    accounts[i] = "seller-" + (hot ? 0 : (k * BATCH + i) % 1_000);
                    amounts[i] = new BigDecimal("-0.0125");
                    keys[i] = (hot ? "hot-" : "spread-") + k + "-" + i;
                    at[i] = OffsetDateTime.now();
                }
                Arrays.sort(accounts); // as the store sends them
                String[] none = new String[BATCH];
                call.setArray(1, connection.createArrayOf("varchar", accounts));
                call.setArray(2, connection.createArrayOf("numeric", amounts));
                call.setArray(3, connection.createArrayOf("varchar", keys));
                call.setArray(4, connection.createArrayOf("varchar", none));
                call.setArray(5, connection.createArrayOf("varchar", none));
                call.setArray(6, connection.createArrayOf("varchar", none));
                call.setArray(7, connection.createArrayOf("timestamptz", at));
                long started = System.nanoTime();
                int appended = 0;
                try (ResultSet rows = call.executeQuery()) {
                    while (rows.next()) {
                        appended++;
                    }
                }
                if (appended != BATCH) {
                    throw new IllegalStateException("the function appended " + appended + " of " + BATCH);
                }
                if (k >= 100) {
                    measured += System.nanoTime() - started;
                }
            }
        }
        return measured / 1e3 / 300 / BATCH;
    }
}
