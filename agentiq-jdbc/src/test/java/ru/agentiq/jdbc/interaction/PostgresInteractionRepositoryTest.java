package ru.agentiq.jdbc.interaction;

import org.jdbi.v3.core.Jdbi;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.InteractionRepositoryContract;
import ru.agentiq.jdbc.testing.TestDatabases;

class PostgresInteractionRepositoryTest extends InteractionRepositoryContract {

    @Override
    protected InteractionRepository newRepository() {
        return new JdbcInteractionRepository(Jdbi.create(TestDatabases.postgres()));
    }
}
