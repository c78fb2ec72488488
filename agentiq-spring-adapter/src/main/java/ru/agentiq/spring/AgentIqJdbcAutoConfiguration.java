package ru.agentiq.spring;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.agentiq.billing.ledger.LedgerStore;
import ru.agentiq.billing.pricing.PricingStore;
import ru.agentiq.billing.usage.UsageEventStore;
import ru.agentiq.core.history.ResponseHistoryStore;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.metrics.MetricFactStore;
import ru.agentiq.core.customer.CustomerProfileStore;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.linking.LinkCandidateStore;
import ru.agentiq.core.reply.ReplyAttemptStore;
import ru.agentiq.core.sync.SyncCursorStore;
import ru.agentiq.core.sync.SyncLock;
import ru.agentiq.core.sync.SyncStatusStore;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.settings.JdbcDraftSettingsStore;
import ru.agentiq.core.autoresponse.AutoResponseSettingsSource;
import ru.agentiq.core.autoresponse.AutoResponseSettingsStore;
import ru.agentiq.core.draft.DraftGenerator;
import ru.agentiq.core.draft.DraftSettingsSource;
import ru.agentiq.core.draft.DraftSettingsStore;
import ru.agentiq.core.guardrails.GuardrailsConfigSource;
import ru.agentiq.core.guardrails.GuardrailsSettingsStore;
import ru.agentiq.core.priority.PriorityConfigSource;
import ru.agentiq.core.priority.PrioritySettingsStore;
import ru.agentiq.core.promo.PromoSettingsSource;
import ru.agentiq.core.promo.PromoSettingsStore;
import ru.agentiq.core.sync.SellerSyncSettings;
import ru.agentiq.core.sync.SellerSyncSettingsStore;
import ru.agentiq.jdbc.wb.JdbcWbAdapters;
import ru.agentiq.wb.ratelimit.RateBudget;

/**
 * The JDBC adapters on the application's {@link DataSource} — interactions and events, link candidates, buyer
 * profiles, sync cursors, statuses and lock, reply attempts, response history, metric facts, sellers' runtime settings
 * (SLA, drafts, auto-responses, general, guardrails, promo), and billing's ledger, usage events and pricing — with
 * AgentIQ's Flyway migrations applied at start-up
 * unless {@code agentiq.jdbc.migrations-enabled=false}. Runs before {@link AgentIqAutoConfiguration}, whose in-memory
 * fallbacks then back off.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        beforeName = {"ru.agentiq.spring.AgentIqAutoConfiguration",
                "ru.agentiq.spring.AgentIqBillingAutoConfiguration"})
@ConditionalOnClass(AgentIqJdbc.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "agentiq", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AgentIqProperties.class)
public class AgentIqJdbcAutoConfiguration {

    /**
     * The adapters, timed on the application's {@link Clock} bean when there is one (the core auto-configuration
     * provides it), so sync-lock leases run on the same clock as everything else.
     */
    @Bean
    @ConditionalOnMissingBean
    public AgentIqJdbc agentIqJdbc(DataSource dataSource, AgentIqProperties properties,
            ObjectProvider<AgentIqJdbcCustomizer> customizers, ObjectProvider<Clock> clock) {
        AgentIqJdbc.Builder builder = AgentIqJdbc.builder(dataSource)
                .migrate(properties.getJdbc().isMigrationsEnabled())
                .debitBatching(properties.getJdbc().getDebitBatchSize(), properties.getJdbc().getDebitCalls());
        clock.ifAvailable(builder::clock);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    public InteractionRepository agentIqJdbcInteractionRepository(AgentIqJdbc jdbc) {
        return jdbc.interactions();
    }

    @Bean
    @ConditionalOnMissingBean
    public InteractionEventStore agentIqJdbcInteractionEventStore(AgentIqJdbc jdbc) {
        return jdbc.events();
    }

    @Bean
    @ConditionalOnMissingBean
    public LinkCandidateStore agentIqJdbcLinkCandidateStore(AgentIqJdbc jdbc) {
        return jdbc.linkCandidates();
    }

    @Bean
    @ConditionalOnMissingBean
    public CustomerProfileStore agentIqJdbcCustomerProfileStore(AgentIqJdbc jdbc) {
        return jdbc.customerProfiles();
    }

    @Bean
    @ConditionalOnMissingBean
    public SyncCursorStore agentIqJdbcSyncCursorStore(AgentIqJdbc jdbc) {
        return jdbc.syncCursors();
    }

    @Bean
    @ConditionalOnMissingBean
    public SyncStatusStore agentIqJdbcSyncStatusStore(AgentIqJdbc jdbc) {
        return jdbc.syncStatuses();
    }

    /** One sync at a time per seller across every instance on the database (a lease row). */
    @Bean
    @ConditionalOnMissingBean
    public SyncLock agentIqJdbcSyncLock(AgentIqJdbc jdbc) {
        return jdbc.syncLock();
    }

    /** Sellers' SLA settings in {@code runtime_settings}; the in-memory fallback backs off. */
    @Bean
    @ConditionalOnMissingBean(PriorityConfigSource.class)
    public PrioritySettingsStore agentIqJdbcPrioritySettings(AgentIqJdbc jdbc) {
        return jdbc.prioritySettings();
    }

    /**
     * Sellers' draft settings in {@code runtime_settings}; a seller without its own starts from
     * {@code agentiq.drafts.tone} and the configured model, as with the in-memory store.
     */
    @Bean
    @ConditionalOnMissingBean(DraftSettingsSource.class)
    public DraftSettingsStore agentIqJdbcDraftSettings(AgentIqJdbc jdbc, AgentIqProperties properties,
            ObjectProvider<DraftGenerator> model) {
        return new JdbcDraftSettingsStore(jdbc.runtimeSettings(),
                DraftConfiguration.defaultDraftSettings(properties, model.getIfAvailable(NoModelDraftGenerator::new)), jdbc.clock(), jdbc.settingsCacheTtl());
    }

    @Bean
    @ConditionalOnMissingBean(AutoResponseSettingsSource.class)
    public AutoResponseSettingsStore agentIqJdbcAutoResponseSettings(AgentIqJdbc jdbc) {
        return jdbc.autoResponseSettings();
    }

    @Bean
    @ConditionalOnMissingBean(SellerSyncSettings.class)
    public SellerSyncSettingsStore agentIqJdbcSellerSyncSettings(AgentIqJdbc jdbc) {
        return jdbc.sellerSyncSettings();
    }

    @Bean
    @ConditionalOnMissingBean(GuardrailsConfigSource.class)
    public GuardrailsSettingsStore agentIqJdbcGuardrailsSettings(AgentIqJdbc jdbc) {
        return jdbc.guardrailsSettings();
    }

    @Bean
    @ConditionalOnMissingBean(PromoSettingsSource.class)
    public PromoSettingsStore agentIqJdbcPromoSettings(AgentIqJdbc jdbc) {
        return jdbc.promoSettings();
    }

    @Bean
    @ConditionalOnMissingBean
    public ReplyAttemptStore agentIqJdbcReplyAttemptStore(AgentIqJdbc jdbc) {
        return jdbc.replyAttempts();
    }

    @Bean
    @ConditionalOnMissingBean
    public ResponseHistoryStore agentIqJdbcResponseHistoryStore(AgentIqJdbc jdbc) {
        return jdbc.responseHistory();
    }

    @Bean
    @ConditionalOnMissingBean
    public MetricFactStore agentIqJdbcMetricFactStore(AgentIqJdbc jdbc) {
        return jdbc.metricFacts();
    }

    /**
     * WB's rate-limit buckets in the database when the connector is on the classpath, so every instance of the
     * application shares WB's per-seller limits instead of each spending them on its own.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "ru.agentiq.wb.WbConnector")
    static class WbStores {

        @Bean
        @ConditionalOnMissingBean
        RateBudget agentIqJdbcRateBudget(AgentIqJdbc jdbc) {
            return JdbcWbAdapters.builder(jdbc).build().rateBudget();
        }
    }

    /** Billing's tables, when agentiq-billing is on the classpath. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(LedgerStore.class)
    static class BillingStores {

        @Bean
        @ConditionalOnMissingBean
        LedgerStore agentIqJdbcLedgerStore(AgentIqJdbc jdbc) {
            return jdbc.ledger();
        }

        @Bean
        @ConditionalOnMissingBean
        UsageEventStore agentIqJdbcUsageEventStore(AgentIqJdbc jdbc) {
            return jdbc.usageEvents();
        }

        @Bean
        @ConditionalOnMissingBean
        PricingStore agentIqJdbcPricingStore(AgentIqJdbc jdbc) {
            return jdbc.pricing();
        }
    }
}
