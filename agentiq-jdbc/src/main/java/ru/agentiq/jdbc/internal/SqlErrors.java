package ru.agentiq.jdbc.internal;

import java.sql.SQLException;

/** Classifies driver errors the adapters recover from. */
public final class SqlErrors {
    private SqlErrors() {
    }

    /** Whether {@code error} (or a cause) is a unique-constraint violation (SQLSTATE 23505 on PostgreSQL and H2). */
    public static boolean isUniqueViolation(Throwable error) {
        return hasState(error, "23505");
    }

    /**
     * Whether {@code error} is a transient concurrency failure worth retrying the transaction for: serialization
     * failure (40001), deadlock (40P01 on PostgreSQL), or H2's lock timeout (HYT00) / concurrent update (90131).
     */
    public static boolean isRetryableConflict(Throwable error) {
        return hasState(error, "40001") || hasState(error, "40P01") || hasState(error, "HYT00")
                || hasState(error, "90131");
    }

    /** Whether {@code error} or a cause carries SQLSTATE {@code state}. */
    public static boolean hasState(Throwable error, String state) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (state.equals(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
