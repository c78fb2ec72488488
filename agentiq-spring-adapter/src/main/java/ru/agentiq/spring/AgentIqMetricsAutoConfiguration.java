package ru.agentiq.spring;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.agentiq.billing.ledger.CreditLedger;

/**
 * Micrometer meters when Micrometer is on the classpath and the application has a {@link MeterRegistry} (actuator
 * provides one): sync runs, items fetched, errors and rate-limited runs ({@link AgentIqMeters} records every sync run
 * it is told about), drafts by source and {@code used_fallback}, and — with agentiq-billing — model calls and ledger
 * debits ({@link LedgerMeters}).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "agentiq", name = "enabled", havingValue = "true", matchIfMissing = true)
public class AgentIqMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public AgentIqMeters agentIqMeters(MeterRegistry registry) {
        return new AgentIqMeters(registry);
    }

    /** Model calls and debits, when the wallet is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(CreditLedger.class)
    static class Billing {

        @Bean
        @ConditionalOnMissingBean
        LedgerMeters agentIqLedgerMeters(MeterRegistry registry) {
            return new LedgerMeters(registry);
        }
    }
}
