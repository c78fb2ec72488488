package ru.agentiq.jdbc.wb;

import java.time.Clock;
import javax.sql.DataSource;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;
import ru.agentiq.wb.ratelimit.RateBudget;
import ru.agentiq.wb.ratelimit.RateBudgetContract;

class PostgresRateBudgetTest extends RateBudgetContract {

    private DataSource database;

    @Override
    protected RateBudget newBudget(Clock clock) {
        database = TestDatabases.postgres();
        return instance(clock);
    }

    /** A second application instance: its own adapters over the same database. */
    @Override
    protected RateBudget otherInstance(Clock clock) {
        return instance(clock);
    }

    private RateBudget instance(Clock clock) {
        return JdbcWbAdapters.builder(AgentIqJdbc.builder(database).migrate(false).clock(clock).build()).build()
                .rateBudget();
    }
}
