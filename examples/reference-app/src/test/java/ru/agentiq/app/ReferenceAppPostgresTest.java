package ru.agentiq.app;

import javax.sql.DataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import ru.agentiq.jdbc.testing.TestDatabases;

/** The same API on a real PostgreSQL 17 (embedded, no server to install). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferenceAppPostgresTest extends ReferenceAppContract {

    @TestConfiguration(proxyBeanMethods = false)
    static class Postgres {
        @Bean
        DataSource dataSource() {
            return TestDatabases.emptyPostgres();
        }
    }
}
