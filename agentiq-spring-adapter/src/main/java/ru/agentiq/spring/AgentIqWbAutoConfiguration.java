package ru.agentiq.spring;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.priority.InteractionPrioritizer;
import ru.agentiq.core.reply.ReplyDispatcher;
import ru.agentiq.core.sync.InteractionFeed;
import ru.agentiq.core.sync.SyncCursorStore;
import ru.agentiq.core.sync.SyncLock;
import ru.agentiq.core.sync.SyncService;
import ru.agentiq.core.sync.SyncStatusStore;
import ru.agentiq.wb.WbConfig;
import ru.agentiq.wb.WbConnector;
import ru.agentiq.wb.auth.CredentialStore;
import ru.agentiq.wb.auth.InMemoryCredentialStore;
import ru.agentiq.wb.auth.WbToken;
import ru.agentiq.wb.reply.WbReplyDispatcher;
import ru.agentiq.wb.sync.WbInteractionFeed;

/**
 * The Wildberries connector when {@code agentiq.wb.token} is set: the seller's token (checked at start-up: a
 * malformed token fails the context with a message that never shows it), the connector on the configured base URLs,
 * WB as the reply dispatcher, and a {@link SyncService} over WB's feedbacks, questions and chats, prioritising every
 * item on the way in.
 */
@AutoConfiguration(before = AgentIqAutoConfiguration.class)
@ConditionalOnClass(WbConnector.class)
@ConditionalOnProperty(prefix = "agentiq.wb", name = "token")
@EnableConfigurationProperties(AgentIqProperties.class)
public class AgentIqWbAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public CredentialStore agentIqWbCredentials(AgentIqProperties properties) {
        AgentIqProperties.Wb wb = properties.getWb();
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        store.save(SellerId.of(wb.getSellerId()), WbToken.of(wb.getToken()));
        return store;
    }

    @Bean
    @ConditionalOnMissingBean
    public WbConnector agentIqWbConnector(CredentialStore credentials, AgentIqProperties properties, Clock clock) {
        AgentIqProperties.Wb wb = properties.getWb();
        WbConfig config = WbConfig.builder()
                .feedbacksBaseUri(wb.getFeedbacksBaseUrl())
                .chatBaseUri(wb.getChatBaseUrl())
                .build();
        return WbConnector.builder(credentials).config(config).clock(clock).build();
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
            InteractionPrioritizer prioritizer, Clock clock) {
        return SyncService.builder(feed, interactions)
                .ingestion(ingestion)
                .cursors(cursors)
                .statuses(statuses)
                .lock(lock)
                .itemStep(prioritizer::prioritise)
                .clock(clock)
                .build();
    }
}
