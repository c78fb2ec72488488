package ru.agentiq.core.memory;

import ru.agentiq.core.metrics.MetricFactStore;
import ru.agentiq.core.metrics.MetricFactStoreContract;

class InMemoryMetricFactStoreTest extends MetricFactStoreContract {

    @Override
    protected MetricFactStore newStore() {
        return new InMemoryMetricFactStore();
    }
}
