package ru.agentiq.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * An embedded PostgreSQL 17 (zonky, no server to install) with a pooled {@code DataSource}, for benchmarks.
 * zonky starts the server with {@code fsync} and {@code synchronous_commit} off, so results leave out commit
 * latency; the shared buffer is raised to 1 GB, as any production server's would be.
 */
final class BenchmarkPostgres implements AutoCloseable {

    private final EmbeddedPostgres server;
    private final HikariDataSource pool;

    /** A fresh server in a temporary directory, deleted on {@link #close()}. */
    BenchmarkPostgres(int poolSize) {
        this(poolSize, null);
    }

    /**
     * A server on {@code dataDirectory}, kept after {@link #close()} so that a large data set is generated once and
     * reused by every JMH trial (and the next run); {@code null} means a fresh temporary directory.
     */
    BenchmarkPostgres(int poolSize, Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("shared_buffers", "1GB")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        HikariConfig config = new HikariConfig();
        config.setDataSource(server.getPostgresDatabase());
        config.setMaximumPoolSize(poolSize);
        config.setAutoCommit(true);
        pool = new HikariDataSource(config);
    }

    HikariDataSource dataSource() {
        return pool;
    }

    void execute(String sql) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql.lines().findFirst().orElse(sql) + " failed: " + e.getMessage(), e);
        }
    }

    /** Whether {@code sql} (a query) returns at least one row. */
    boolean exists(String sql) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
        try {
            server.close();
        } catch (IOException ignored) {
            // temporary data directory; nothing to save
        }
    }
}
