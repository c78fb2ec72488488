package ru.agentiq.spring;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.ops.SyncHealthEvaluator;
import ru.agentiq.core.sync.SyncService;

/**
 * The {@code agentiqSync} health indicator when actuator's health support is on the classpath and a sync runs (a
 * {@link SyncService} bean — WB with a token): the sync health of the seller {@code agentiq.wb.seller-id}.
 * {@code management.health.agentiq-sync.enabled=false} turns it off.
 */
@AutoConfiguration(after = {AgentIqWbAutoConfiguration.class, AgentIqAutoConfiguration.class})
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean({SyncService.class, SyncHealthEvaluator.class})
@ConditionalOnEnabledHealthIndicator("agentiq-sync")
@ConditionalOnProperty(prefix = "agentiq", name = "enabled", havingValue = "true", matchIfMissing = true)
public class AgentIqHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "agentiqSyncHealthIndicator")
    public SyncHealthIndicator agentiqSyncHealthIndicator(SyncHealthEvaluator evaluator,
            AgentIqProperties properties) {
        return new SyncHealthIndicator(evaluator, List.of(SellerId.of(properties.getWb().getSellerId())));
    }
}
