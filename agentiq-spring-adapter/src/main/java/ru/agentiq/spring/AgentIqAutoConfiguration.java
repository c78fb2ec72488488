package ru.agentiq.spring;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import ru.agentiq.core.demo.DemoSeeder;
import ru.agentiq.core.ingest.IngestionListener;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;

/**
 * AgentIQ's core services as beans. Persistence comes from {@link AgentIqJdbcAutoConfiguration} when the application
 * has a {@code DataSource} (and agentiq-jdbc is on the classpath), from core's in-memory adapters otherwise. Every bean
 * backs off when the application defines its own; {@code agentiq.enabled=false} turns all of it off.
 */
@AutoConfiguration(after = AgentIqJdbcAutoConfiguration.class)
@ConditionalOnProperty(prefix = "agentiq", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AgentIqProperties.class)
@Import(AgentIqAutoConfiguration.InMemoryStore.class)
public class AgentIqAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock agentIqClock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    public IngestionService agentIqIngestionService(InteractionRepository interactions, Clock clock,
            ObjectProvider<IngestionListener> listeners) {
        return new IngestionService(interactions, clock, List.copyOf(listeners.orderedStream().toList()));
    }

    @Bean
    @ConditionalOnMissingBean
    public DemoSeeder agentIqDemoSeeder(InteractionRepository interactions, InteractionEventStore events,
            Clock clock) {
        return new DemoSeeder(interactions, events, clock);
    }

    /** Core's in-memory adapters when no other store was configured. */
    @Configuration(proxyBeanMethods = false)
    static class InMemoryStore {

        @Bean
        @ConditionalOnMissingBean
        InteractionRepository agentIqInMemoryInteractionRepository() {
            return new InMemoryInteractionRepository();
        }

        @Bean
        @ConditionalOnMissingBean
        InteractionEventStore agentIqInMemoryInteractionEventStore() {
            return new InMemoryInteractionEventStore();
        }
    }
}
