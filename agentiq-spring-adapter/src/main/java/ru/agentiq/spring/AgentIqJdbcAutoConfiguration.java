package ru.agentiq.spring;

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
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.jdbc.AgentIqJdbc;

/**
 * The JDBC adapters on the application's {@link DataSource}, with AgentIQ's Flyway migrations applied at start-up
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

    @Bean
    @ConditionalOnMissingBean
    public AgentIqJdbc agentIqJdbc(DataSource dataSource, AgentIqProperties properties,
            ObjectProvider<AgentIqJdbcCustomizer> customizers) {
        AgentIqJdbc.Builder builder = AgentIqJdbc.builder(dataSource)
                .migrate(properties.getJdbc().isMigrationsEnabled());
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
