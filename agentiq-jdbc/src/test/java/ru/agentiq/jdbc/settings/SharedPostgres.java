package ru.agentiq.jdbc.settings;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

/**
 * One PostgreSQL database for every settings contract test of the JVM, emptied before each test: the settings tests
 * touch only {@code runtime_settings}, and a database (and connection pool) per test would only slow the suite down.
 */
final class SharedPostgres {

    private static DataSource dataSource;

    private SharedPostgres() {
    }

    /** Fresh adapters (no cached reads) over the shared database, with no settings stored. */
    static synchronized AgentIqJdbc emptied() {
        if (dataSource == null) {
            dataSource = TestDatabases.postgres();
        }
        Jdbi.create(dataSource).useHandle(h -> h.execute("DELETE FROM runtime_settings"));
        return AgentIqJdbc.builder(dataSource).migrate(false).build();
    }
}
