package ru.agentiq.app;

import org.springframework.boot.test.context.SpringBootTest;

/** The embedded default: H2 in memory with demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:app-h2-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ReferenceAppH2Test extends ReferenceAppContract {
}
