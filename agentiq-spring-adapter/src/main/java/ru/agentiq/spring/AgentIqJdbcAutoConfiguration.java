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
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.jdbc.AgentIqJdbc;

/**
 * The JDBC adapters on the application's {@link DataSource}, with AgentIQ's Flyway migrations applied at start-up
 * unless {@code agentiq.jdbc.migrations-enabled=false}. Runs before {@link AgentIqAutoConfiguration}, whose in-memory
 * fallbacks then back off.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        before = AgentIqAutoConfiguration.class)
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
}
