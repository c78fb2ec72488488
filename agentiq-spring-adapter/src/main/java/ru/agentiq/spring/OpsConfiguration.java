package ru.agentiq.spring;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.agentiq.core.analytics.CommunicationAnalytics;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.ops.OpsAlertService;
import ru.agentiq.core.ops.PilotReadiness;
import ru.agentiq.core.ops.SellerSyncStatusSource;
import ru.agentiq.core.ops.SyncHealthEvaluator;
import ru.agentiq.core.ops.SyncRunLog;
import ru.agentiq.core.quality.QualityService;
import ru.agentiq.core.sync.SyncStatusStore;
import ru.agentiq.core.sync.SyncStatusViews;

/**
 * What operators and managers look at: reply quality, ops alerts (question SLA, manual-rate regression, sync
 * health from the {@link SyncRunLog} the sync records into), the pilot go/no-go gate and communication analytics.
 * Imported by {@link AgentIqAutoConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    QualityService agentIqQualityService(InteractionRepository interactions, InteractionEventStore events,
            Clock clock) {
        return new QualityService(interactions, events, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    SyncHealthEvaluator agentIqSyncHealthEvaluator(SyncRunLog runs, Clock clock) {
        return new SyncHealthEvaluator(runs, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    OpsAlertService agentIqOpsAlertService(InteractionRepository interactions, QualityService quality,
            SyncHealthEvaluator syncHealth, Clock clock, AgentIqProperties properties) {
        return new OpsAlertService(interactions, quality, syncHealth, clock, properties.getOps().getDueSoonWindow());
    }

    /** The sync status store as the pilot gate's view of each seller's sync. */
    @Bean
    @ConditionalOnMissingBean
    SellerSyncStatusSource agentIqSellerSyncStatusSource(SyncStatusStore statuses) {
        return SyncStatusViews.of(statuses);
    }

    @Bean
    @ConditionalOnMissingBean
    PilotReadiness agentIqPilotReadiness(InteractionRepository interactions, QualityService quality,
            OpsAlertService ops, SellerSyncStatusSource syncStatus, Clock clock) {
        return new PilotReadiness(interactions, quality, ops, syncStatus, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    CommunicationAnalytics agentIqCommunicationAnalytics(InteractionRepository interactions,
            InteractionEventStore events, Clock clock) {
        return new CommunicationAnalytics(interactions, events, clock);
    }
}
