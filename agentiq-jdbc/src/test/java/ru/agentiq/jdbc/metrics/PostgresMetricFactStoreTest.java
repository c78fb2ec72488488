package ru.agentiq.jdbc.metrics;

import org.jdbi.v3.core.Jdbi;
import ru.agentiq.core.metrics.MetricFactStore;
import ru.agentiq.core.metrics.MetricFactStoreContract;
import ru.agentiq.jdbc.internal.Dialect;
import ru.agentiq.jdbc.testing.TestDatabases;

class PostgresMetricFactStoreTest extends MetricFactStoreContract {

    @Override
    protected MetricFactStore newStore() {
        Jdbi jdbi = Jdbi.create(TestDatabases.postgres());
        return new JdbcMetricFactStore(jdbi, Dialect.of(jdbi));
    }
}
