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
import ru.agentiq.core.memory.InMemoryGuardrailsSettings;
import ru.agentiq.core.memory.InMemoryPrioritySettings;
import ru.agentiq.core.memory.InMemoryReplyAttemptStore;
import ru.agentiq.core.memory.InMemorySyncCursorStore;
import ru.agentiq.core.memory.InMemorySyncLock;
import ru.agentiq.core.memory.InMemorySyncStatusStore;
import ru.agentiq.core.guardrails.GuardrailsConfigSource;
import ru.agentiq.core.guardrails.SellerGuardrails;
import ru.agentiq.core.priority.InteractionPrioritizer;
import ru.agentiq.core.priority.PriorityConfigSource;
import ru.agentiq.core.reply.ReplyAttemptStore;
import ru.agentiq.core.reply.ReplyDispatcher;
import ru.agentiq.core.reply.ReplyService;
import ru.agentiq.core.sync.SyncCursorStore;
import ru.agentiq.core.sync.SyncLock;
import ru.agentiq.core.sync.SyncStatusStore;

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
    public PriorityConfigSource agentIqPrioritySettings() {
        return new InMemoryPrioritySettings();
    }

    @Bean
    @ConditionalOnMissingBean
    public InteractionPrioritizer agentIqInteractionPrioritizer(PriorityConfigSource configs) {
        return InteractionPrioritizer.builder().configs(configs).build();
    }

    @Bean
    @ConditionalOnMissingBean
    public GuardrailsConfigSource agentIqGuardrailsSettings() {
        return new InMemoryGuardrailsSettings();
    }

    @Bean
    @ConditionalOnMissingBean
    public SellerGuardrails agentIqSellerGuardrails(GuardrailsConfigSource configs) {
        return new SellerGuardrails(configs);
    }

    @Bean
    @ConditionalOnMissingBean
    public ReplyAttemptStore agentIqReplyAttemptStore() {
        return new InMemoryReplyAttemptStore();
    }

    /**
     * Without a marketplace connection replies are checked, recorded and marked responded, but go nowhere; the WB
     * auto-configuration (a token in {@code agentiq.wb.token}) replaces this with WB's dispatcher.
     */
    @Bean
    @ConditionalOnMissingBean
    public ReplyDispatcher agentIqRecordOnlyReplyDispatcher() {
        return new RecordOnlyReplyDispatcher();
    }

    @Bean
    @ConditionalOnMissingBean
    public ReplyService agentIqReplyService(InteractionRepository interactions, InteractionEventStore events,
            ReplyDispatcher dispatcher, SellerGuardrails guardrails, ReplyAttemptStore attempts, Clock clock) {
        return new ReplyService(interactions, events, dispatcher, guardrails, attempts, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    public SyncCursorStore agentIqSyncCursorStore() {
        return new InMemorySyncCursorStore();
    }

    @Bean
    @ConditionalOnMissingBean
    public SyncStatusStore agentIqSyncStatusStore() {
        return new InMemorySyncStatusStore();
    }

    @Bean
    @ConditionalOnMissingBean
    public SyncLock agentIqSyncLock(Clock clock) {
        return new InMemorySyncLock(clock);
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
