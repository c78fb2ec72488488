package ru.agentiq.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import ru.agentiq.core.ValidationException;

/** The two databases the adapters speak, and the few statements whose syntax differs between them. */
public enum Dialect {
    POSTGRESQL,
    H2;

    /**
     * Reads the product name from the driver's metadata. H2 must run in its PostgreSQL compatibility mode: the
     * migrations and several statements ({@code ON CONFLICT DO NOTHING}) are written for it, and finding that out at
     * start-up beats a syntax error on the first reply.
     *
     * @throws ValidationException for another database, or H2 in another mode
     */
    public static Dialect of(Jdbi jdbi) {
        String product;
        try {
            product = jdbi.withHandle(h -> h.getConnection().getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database product name: " + e.getMessage(), e);
        }
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("h2")) {
            String mode = jdbi.withHandle(h -> h.createQuery(
                            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MODE'")
                    .mapTo(String.class).findOne().orElse("REGULAR"));
            if (!"PostgreSQL".equalsIgnoreCase(mode)) {
                throw new ValidationException("H2 must run in PostgreSQL mode for AgentIQ's JDBC adapters: add "
                        + ";MODE=PostgreSQL to the JDBC URL (this database runs in " + mode + " mode)");
            }
            return H2;
        }
        throw new ValidationException("AgentIQ's JDBC adapters support PostgreSQL and H2, this DataSource is "
                + product);
    }

    /**
     * {@code updateSql} (an UPDATE of one row) as a query returning {@code column} after the update:
     * {@code UPDATE … RETURNING} on PostgreSQL, a data-change delta table on H2.
     */
    public String updateReturning(String updateSql, String column) {
        return this == POSTGRESQL
                ? updateSql + " RETURNING " + column
                : "SELECT " + column + " FROM FINAL TABLE (" + updateSql + ")";
    }

    /**
     * Inserts a row or, when its key exists, replaces the other columns: {@code INSERT … ON CONFLICT … DO UPDATE} on
     * PostgreSQL, {@code MERGE … KEY} on H2. Values are bound by column name ({@code :seller_id}). On H2 two writers
     * inserting one new key at once may see a unique violation; run it through {@link Transactions#retrying}.
     *
     * @param keys    the primary-key columns
     * @param columns every column written, keys included
     */
    public String upsert(String table, List<String> keys, List<String> columns) {
        String names = String.join(", ", columns);
        String values = columns.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        if (this == H2) {
            return "MERGE INTO " + table + " (" + names + ") KEY (" + String.join(", ", keys) + ") VALUES (" + values
                    + ")";
        }
        String updates = columns.stream().filter(c -> !keys.contains(c)).map(c -> c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ") ON CONFLICT ("
                + String.join(", ", keys) + ") DO " + (updates.isEmpty() ? "NOTHING" : "UPDATE SET " + updates);
    }

    /** The statement that bounds how long this transaction waits for a row lock. */
    public String lockTimeout(long millis) {
        return this == POSTGRESQL
                ? "SET LOCAL lock_timeout = '" + millis + "ms'"
                : "SET LOCK_TIMEOUT " + millis;
    }
}
