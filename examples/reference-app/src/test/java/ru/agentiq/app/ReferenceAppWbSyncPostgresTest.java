package ru.agentiq.app;

import javax.sql.DataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import ru.agentiq.jdbc.testing.TestDatabases;

/**
 * The WB chain on a real PostgreSQL 17, on the embedded server {@link ReferenceAppPostgresTest} uses too (started
 * once per JVM). That test proves the app migrates an empty database; this one takes a clone of the migrated template
 * behind a connection pool, which spares the migration at start-up and a new server connection per statement.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferenceAppWbSyncPostgresTest extends ReferenceAppWbSyncContract {

    @TestConfiguration(proxyBeanMethods = false)
    static class Postgres {
        @Bean
        DataSource dataSource() {
            return TestDatabases.postgres();
        }
    }
}
