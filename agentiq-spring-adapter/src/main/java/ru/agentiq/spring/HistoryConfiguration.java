package ru.agentiq.spring;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.agentiq.core.analytics.CommunicationAnalytics;
import ru.agentiq.core.draft.ProductMemory;
import ru.agentiq.core.history.ResponseHistoryMemory;
import ru.agentiq.core.history.ResponseHistoryRecorder;
import ru.agentiq.core.history.ResponseHistoryStore;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.memory.InMemoryMetricFactStore;
import ru.agentiq.core.memory.InMemoryResponseHistoryStore;
import ru.agentiq.core.metrics.CommunicationFacts;
import ru.agentiq.core.metrics.MetricFactStore;

/**
 * Response history and metric facts: in-memory stores unless {@link AgentIqJdbcAutoConfiguration} (or the
 * application) provided persistent ones; the recorder that feeds the history from sent replies and ingested answers
 * (it is a {@code ReplyListener} and an {@code IngestionListener}, so the reply and ingestion services pick it up);
 * the drafts' {@link ProductMemory}; and {@link CommunicationFacts}. Imported by {@link AgentIqAutoConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class HistoryConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ResponseHistoryStore agentIqInMemoryResponseHistoryStore() {
        return new InMemoryResponseHistoryStore();
    }

    @Bean
    @ConditionalOnMissingBean
    MetricFactStore agentIqInMemoryMetricFactStore() {
        return new InMemoryMetricFactStore();
    }

    @Bean
    @ConditionalOnMissingBean
    ResponseHistoryRecorder agentIqResponseHistoryRecorder(ResponseHistoryStore store) {
        return new ResponseHistoryRecorder(store);
    }

    /**
     * What drafts recall about a product: the persisted response history when the store is a persistent one (two
     * indexed lookups per draft, shared by every instance); otherwise the repository scan, as without a database the
     * in-memory history would only know the replies sent since start-up.
     */
    @Bean
    @ConditionalOnMissingBean
    ProductMemory agentIqProductMemory(ResponseHistoryStore store, InteractionRepository interactions) {
        return store instanceof InMemoryResponseHistoryStore ? ProductMemory.scanning(interactions)
                : new ResponseHistoryMemory(store);
    }

    @Bean
    @ConditionalOnMissingBean
    CommunicationFacts agentIqCommunicationFacts(CommunicationAnalytics analytics, MetricFactStore store,
            Clock clock) {
        return new CommunicationFacts(analytics, store, clock);
    }
}
