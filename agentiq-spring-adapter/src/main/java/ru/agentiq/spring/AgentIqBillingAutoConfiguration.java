package ru.agentiq.spring;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
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
import ru.agentiq.billing.metering.MeteredDraftGenerator;
import ru.agentiq.billing.metering.MeteringListener;
import ru.agentiq.billing.metering.MeteringMode;
import ru.agentiq.billing.payment.PaymentProvider;
import ru.agentiq.billing.payment.TopUpService;
import ru.agentiq.billing.policy.CreditPolicy;
import ru.agentiq.billing.pricing.PricingService;
import ru.agentiq.billing.pricing.PricingStore;
import ru.agentiq.billing.usage.UsageEventStore;
import ru.agentiq.billing.usage.UsageReports;

/**
 * The credit wallet when agentiq-billing is on the classpath: ledger, credit policy from
 * {@code agentiq.billing.*}, pricing, usage reports, admin wallets, and the metering of AI drafts (every model call —
 * including a failed one that fell back — is debited from the seller's wallet and recorded as an LLM call event with
 * {@code used_fallback}; under enforcement a depleted wallet refuses the draft with 402), and top-ups when the
 * application provides a {@link PaymentProvider}. Stores come from
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

    /**
     * Top-ups through the application's {@link PaymentProvider}, within {@code agentiq.billing.top-up.*}; absent when
     * no provider is defined (the reference app answers its top-up route with 503 then).
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(PaymentProvider.class)
    public TopUpService agentIqTopUpService(PaymentProvider provider, CreditLedger ledger,
            AgentIqProperties properties) {
        AgentIqProperties.Billing.TopUp topUp = properties.getBilling().getTopUp();
        return TopUpService.builder(provider, ledger)
                .minAmount(topUp.getMinAmount())
                .maxAmount(topUp.getMaxAmount())
                .currency(Currency.getInstance(topUp.getCurrency()))
                .pricePerCredit(topUp.getPricePerCredit())
                .build();
    }

    /**
     * Meters the draft generator: the preflight (402 under enforcement), the debit and the usage event in one unit of
     * work, with every {@link MeteringListener} bean writing in the same unit.
     */
    @Bean
    @ConditionalOnMissingBean(name = "agentIqDraftMetering")
    public DraftGeneratorDecorator agentIqDraftMetering(CreditLedger ledger, UsageEventStore usage,
            PricingService pricing, CreditPolicy policy, AgentIqProperties properties,
            ObjectProvider<MeteringListener> listeners) {
        MeteringMode mode = properties.getBilling().getMeteringMode() == AgentIqProperties.Billing.Metering.RESERVE
                ? MeteringMode.RESERVE : MeteringMode.POST_PAID;
        List<MeteringListener> all = listeners.orderedStream().toList();
        return generator -> MeteredDraftGenerator.builder(generator, ledger, usage, pricing)
                .policy(policy)
                .mode(mode)
                .listener((unit, metered) -> all.forEach(l -> l.onMetered(unit, metered)))
                .build();
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
