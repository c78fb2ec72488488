package ru.agentiq.spring;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.ledger.AdminWallets;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.LedgerStore;
import ru.agentiq.billing.memory.InMemoryLedgerStore;
import ru.agentiq.billing.memory.InMemoryPricingStore;
import ru.agentiq.billing.memory.InMemoryUsageEventStore;
import ru.agentiq.billing.policy.CreditPolicy;
import ru.agentiq.billing.pricing.PricingService;
import ru.agentiq.billing.pricing.PricingStore;
import ru.agentiq.billing.usage.UsageEventStore;
import ru.agentiq.billing.usage.UsageReports;

/**
 * The credit wallet when agentiq-billing is on the classpath: ledger, credit policy from
 * {@code agentiq.billing.*}, pricing, usage reports and admin wallets. Stores come from
 * {@link AgentIqJdbcAutoConfiguration} when the application has a DataSource, from billing's in-memory adapters
 * otherwise.
 */
@AutoConfiguration(after = AgentIqJdbcAutoConfiguration.class)
@ConditionalOnClass(CreditLedger.class)
@ConditionalOnProperty(prefix = "agentiq", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AgentIqProperties.class)
@Import(AgentIqBillingAutoConfiguration.InMemoryStores.class)
public class AgentIqBillingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public CreditLedger agentIqCreditLedger(LedgerStore store, Clock clock) {
        return new CreditLedger(store, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    public CreditPolicy agentIqCreditPolicy(AgentIqProperties properties) {
        AgentIqProperties.Billing billing = properties.getBilling();
        return CreditPolicy.builder()
                .enforcementEnabled(billing.isCreditEnforcementEnabled())
                .lowBalanceThreshold(Credits.of(billing.getLowBalanceThreshold()))
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    public AdminWallets agentIqAdminWallets(CreditLedger ledger) {
        return new AdminWallets(ledger);
    }

    @Bean
    @ConditionalOnMissingBean
    public PricingService agentIqPricingService(PricingStore store, Clock clock) {
        return new PricingService(store, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    public UsageReports agentIqUsageReports(UsageEventStore usageEvents, AgentIqProperties properties) {
        return new UsageReports(usageEvents, properties.getBilling().getUsageZone());
    }

    /** Billing's in-memory stores when no database is configured. */
    @Configuration(proxyBeanMethods = false)
    static class InMemoryStores {

        @Bean
        @ConditionalOnMissingBean
        LedgerStore agentIqInMemoryLedgerStore() {
            return new InMemoryLedgerStore();
        }

        @Bean
        @ConditionalOnMissingBean
        UsageEventStore agentIqInMemoryUsageEventStore() {
            return new InMemoryUsageEventStore();
        }

        @Bean
        @ConditionalOnMissingBean
        PricingStore agentIqInMemoryPricingStore() {
            return new InMemoryPricingStore();
        }
    }
}
