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
import ru.agentiq.core.customer.CustomerProfileStore;
import ru.agentiq.core.demo.DemoSeeder;
import ru.agentiq.core.ingest.IngestionListener;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.linking.LinkCandidateStore;
import ru.agentiq.core.memory.InMemoryCustomerProfileStore;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryLinkCandidateStore;
import ru.agentiq.core.memory.InMemorySellerSyncSettings;
import ru.agentiq.core.memory.InMemoryPromoSettings;
import ru.agentiq.core.guardrails.GuardrailsSettingsStore;
import ru.agentiq.core.priority.PrioritySettingsStore;
import ru.agentiq.core.promo.PromoSettingsSource;
import ru.agentiq.core.promo.PromoSettingsStore;
import ru.agentiq.core.sync.SellerSyncSettingsStore;
import ru.agentiq.core.memory.InMemorySyncRunLog;
import ru.agentiq.core.ops.SyncRunLog;
import ru.agentiq.core.sync.SellerSyncSettings;
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
import ru.agentiq.core.reply.ReplyListener;
import ru.agentiq.core.reply.ReplyService;
import ru.agentiq.core.sync.SyncCursorStore;
import ru.agentiq.core.sync.SyncLock;
import ru.agentiq.core.sync.SyncStatusStore;

/**
 * AgentIQ's core services as beans: ingestion, priority, guardrails, replies, sync stores (here); cross-channel
 * linking, thread timelines and buyer profiles ({@link LinkingConfiguration}); drafts and auto-responses
 * ({@link DraftConfiguration}); quality, ops alerts, the pilot gate and analytics ({@link OpsConfiguration});
 * response history and metric facts ({@link HistoryConfiguration}).
 * Persistence comes from {@link AgentIqJdbcAutoConfiguration} when the application has a {@code DataSource} (and
 * agentiq-jdbc is on the classpath), from core's in-memory adapters otherwise; the model behind drafts from
 * {@link AgentIqLlmAutoConfiguration}. Every bean backs off when the application defines its own;
 * {@code agentiq.enabled=false} turns all of it off.
 */
@AutoConfiguration(after = {AgentIqJdbcAutoConfiguration.class, AgentIqLlmAutoConfiguration.class})
@ConditionalOnProperty(prefix = "agentiq", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AgentIqProperties.class)
@Import({AgentIqAutoConfiguration.InMemoryStore.class, LinkingConfiguration.class, DraftConfiguration.class,
        OpsConfiguration.class, HistoryConfiguration.class})
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

    /**
     * Per-seller SLA settings in memory, unless the JDBC auto-configuration keeps them in the database; typed as the
     * writable port so an application can change them.
     */
    @Bean
    @ConditionalOnMissingBean(PriorityConfigSource.class)
    public PrioritySettingsStore agentIqPrioritySettings() {
        return new InMemoryPrioritySettings();
    }

    @Bean
    @ConditionalOnMissingBean
    public InteractionPrioritizer agentIqInteractionPrioritizer(PriorityConfigSource configs) {
        return InteractionPrioritizer.builder().configs(configs).build();
    }

    @Bean
    @ConditionalOnMissingBean(GuardrailsConfigSource.class)
    public GuardrailsSettingsStore agentIqGuardrailsSettings() {
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
            ReplyDispatcher dispatcher, SellerGuardrails guardrails, ReplyAttemptStore attempts, Clock clock,
            ObjectProvider<ReplyListener> listeners) {
        List<ReplyListener> all = List.copyOf(listeners.orderedStream().toList());
        // every listener hears every reply; the first failure is reported (and logged by the service) afterwards
        return new ReplyService(interactions, events, dispatcher, guardrails, attempts, clock, reply -> {
            RuntimeException first = null;
            for (ReplyListener l : all) {
                try {
                    l.onReply(reply);
                } catch (RuntimeException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        });
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

    /** Each seller's reply-pending window (seed general settings, 30..1440 minutes) for the sync. */
    @Bean
    @ConditionalOnMissingBean(SellerSyncSettings.class)
    public SellerSyncSettingsStore agentIqSellerSyncSettings() {
        return new InMemorySellerSyncSettings();
    }

    /** Each seller's promo codes, offered under 5-star reviews by the auto-responder when flagged for them. */
    @Bean
    @ConditionalOnMissingBean(PromoSettingsSource.class)
    public PromoSettingsStore agentIqPromoSettings() {
        return new InMemoryPromoSettings();
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

        @Bean
        @ConditionalOnMissingBean
        LinkCandidateStore agentIqInMemoryLinkCandidateStore() {
            return new InMemoryLinkCandidateStore();
        }

        @Bean
        @ConditionalOnMissingBean
        CustomerProfileStore agentIqInMemoryCustomerProfileStore() {
            return new InMemoryCustomerProfileStore();
        }

        /** The last ten runs per seller and scope, which sync health is judged on. */
        @Bean
        @ConditionalOnMissingBean
        SyncRunLog agentIqInMemorySyncRunLog() {
            return new InMemorySyncRunLog();
        }
    }
}
