package ru.agentiq.app;

import javax.sql.DataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import ru.agentiq.jdbc.testing.TestDatabases;

/**
 * The WB chain on a real PostgreSQL 17: a fresh database on the embedded server {@link ReferenceAppPostgresTest}
 * uses too (started once per JVM), migrated by the app at start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferenceAppWbSyncPostgresTest extends ReferenceAppWbSyncContract {

    @TestConfiguration(proxyBeanMethods = false)
    static class Postgres {
        @Bean
        DataSource dataSource() {
            return TestDatabases.emptyPostgres();
        }
    }
}
