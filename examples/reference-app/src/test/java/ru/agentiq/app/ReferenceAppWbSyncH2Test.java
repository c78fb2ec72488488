package ru.agentiq.app;

import org.springframework.boot.test.context.SpringBootTest;

/** The WB chain on the embedded default, H2 in memory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:app-wb-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ReferenceAppWbSyncH2Test extends ReferenceAppWbSyncContract {
}
