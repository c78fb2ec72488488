package ru.agentiq.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.sync.SyncOptions;
import ru.agentiq.core.sync.SyncReport;
import ru.agentiq.core.sync.SyncService;
import ru.agentiq.spring.AgentIqProperties;

/**
 * Syncs the configured WB seller on a fixed delay (default 30 s, as the seed did) when a WB token is configured. The
 * sync's own lock skips a run while the previous one is still going; failures are in the seller's sync status.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBean(SyncService.class)
@ConditionalOnProperty(prefix = "agentiq.app", name = "scheduled-sync", havingValue = "true", matchIfMissing = true)
class ScheduledSync {

    private static final Logger log = LoggerFactory.getLogger(ScheduledSync.class);

    private final SyncService sync;
    private final SellerId seller;

    ScheduledSync(SyncService sync, AgentIqProperties properties) {
        this.sync = sync;
        this.seller = SellerId.of(properties.getWb().getSellerId());
    }

    @Scheduled(fixedDelayString = "${agentiq.app.sync-interval:PT30S}", initialDelayString = "${agentiq.app.sync-interval:PT30S}")
    void run() {
        SyncReport report = sync.sync(seller, SyncOptions.defaults());
        if (!report.succeeded()) {
            log.warn("Scheduled WB sync of seller {} finished with errors; see its sync status", seller);
        }
    }
}
