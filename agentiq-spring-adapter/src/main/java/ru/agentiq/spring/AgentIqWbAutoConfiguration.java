package ru.agentiq.spring;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import ru.agentiq.core.draft.CachingProductCatalog;
import ru.agentiq.core.draft.ProductCatalog;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.ops.SyncRunRecorder;
import ru.agentiq.core.priority.InteractionPrioritizer;
import ru.agentiq.core.reply.ReplyDispatcher;
import ru.agentiq.core.sync.InteractionFeed;
import ru.agentiq.core.sync.SyncCursorStore;
import ru.agentiq.core.sync.SellerSyncSettings;
import ru.agentiq.core.sync.SyncLock;
import ru.agentiq.core.sync.SyncService;
import ru.agentiq.core.sync.SyncStatusStore;
import ru.agentiq.wb.WbConfig;
import ru.agentiq.wb.WbConnector;
import ru.agentiq.wb.auth.CredentialStore;
import ru.agentiq.wb.auth.InMemoryCredentialStore;
import ru.agentiq.wb.auth.WbToken;
import ru.agentiq.wb.cards.WbProductCardCatalog;
import ru.agentiq.wb.ratelimit.RateBudget;
import ru.agentiq.wb.reply.WbReplyDispatcher;
import ru.agentiq.wb.sync.WbInteractionFeed;

/**
 * The Wildberries connector when {@code agentiq.wb.token} is set: the seller's token (checked at start-up: a
 * malformed token fails the context with a message that never shows it), the connector on the configured base URLs,
 * WB as the reply dispatcher, a {@link SyncService} over WB's feedbacks, questions and chats (prioritising every item
 * on the way in, honouring each seller's reply-pending window, reporting every run to each {@link SyncRunRecorder}
 * bean — the sync-run log behind sync health, the meters), and WB's public product cards as draft grounding.
 */
@AutoConfiguration(before = AgentIqAutoConfiguration.class)
@ConditionalOnClass(WbConnector.class)
@ConditionalOnProperty(prefix = "agentiq.wb", name = "token")
@EnableConfigurationProperties(AgentIqProperties.class)
public class AgentIqWbAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AgentIqWbAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public CredentialStore agentIqWbCredentials(AgentIqProperties properties) {
        AgentIqProperties.Wb wb = properties.getWb();
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        store.save(SellerId.of(wb.getSellerId()), WbToken.of(wb.getToken()));
        return store;
    }

    /** The connector; WB's rate limits are kept in the database when there is one (shared by every instance). */
    @Bean
    @ConditionalOnMissingBean
    public WbConnector agentIqWbConnector(CredentialStore credentials, AgentIqProperties properties,
            ObjectProvider<RateBudget> budget, Clock clock) {
        AgentIqProperties.Wb wb = properties.getWb();
        WbConfig config = WbConfig.builder()
                .feedbacksBaseUri(wb.getFeedbacksBaseUrl())
                .chatBaseUri(wb.getChatBaseUrl())
                .build();
        WbConnector.Builder builder = WbConnector.builder(credentials).config(config).clock(clock);
        budget.ifAvailable(builder::rateBudget);
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    public ReplyDispatcher agentIqWbReplyDispatcher(WbConnector connector, Clock clock) {
        return new WbReplyDispatcher(connector::seller, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    public InteractionFeed agentIqWbInteractionFeed(WbConnector connector) {
        return WbInteractionFeed.allChannels(connector::seller);
    }

    @Bean
    @ConditionalOnMissingBean
    public SyncService agentIqSyncService(InteractionFeed feed, InteractionRepository interactions,
            IngestionService ingestion, SyncCursorStore cursors, SyncStatusStore statuses, SyncLock lock,
            InteractionPrioritizer prioritizer, ObjectProvider<SellerSyncSettings> settings,
            ObjectProvider<SyncRunRecorder> recorders, Clock clock) {
        List<SyncRunRecorder> all = recorders.orderedStream().toList();
        SyncService.Builder builder = SyncService.builder(feed, interactions)
                .ingestion(ingestion)
                .cursors(cursors)
                .statuses(statuses)
                .lock(lock)
                .itemStep(prioritizer::prioritise)
                .runRecorder(run -> all.forEach(r -> record(r, run)))
                .clock(clock);
        settings.ifAvailable(builder::settings);
        return builder.build();
    }

    /** WB's public card CDN (no token needed), cached for an hour, as the drafts' product grounding. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "agentiq.wb", name = "product-cards-enabled", havingValue = "true",
            matchIfMissing = true)
    public ProductCatalog agentIqWbProductCatalog(AgentIqProperties properties, Clock clock) {
        return new CachingProductCatalog(new WbProductCardCatalog(properties.getWb().getCardHostPattern(),
                WbProductCardCatalog.DEFAULT_TIMEOUT), clock);
    }

    /** A recorder must never fail a sync (the port says so); one that does is logged and skipped. */
    private static void record(SyncRunRecorder recorder, ru.agentiq.core.ops.SyncRun run) {
        try {
            recorder.record(run);
        } catch (RuntimeException e) {
            log.warn("A sync run recorder failed for seller {}; the run is still recorded elsewhere",
                    run.sellerId(), e);
        }
    }
}
