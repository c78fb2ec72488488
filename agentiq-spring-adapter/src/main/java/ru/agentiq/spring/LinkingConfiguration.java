package ru.agentiq.spring;

import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.agentiq.core.customer.CustomerProfileService;
import ru.agentiq.core.customer.CustomerProfileStore;
import ru.agentiq.core.draft.CustomerContextSource;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.linking.ActionPolicy;
import ru.agentiq.core.linking.LinkCandidateStore;
import ru.agentiq.core.linking.LinkRecomputer;
import ru.agentiq.core.linking.LinkingConfig;
import ru.agentiq.core.linking.LinkingService;
import ru.agentiq.core.timeline.TimelineService;

/**
 * Cross-channel context: link candidates kept current on every ingest ({@link LinkingService} is an ingestion
 * listener) and recomputable in bulk, the deterministic thread timeline, and buyer profiles (also an ingestion
 * listener) that ground drafts. Imported by {@link AgentIqAutoConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class LinkingConfiguration {

    /** The weights of {@code agentiq.linking.profile} ({@code piloted} by default). */
    @Bean
    @ConditionalOnMissingBean
    LinkingConfig agentIqLinkingConfig(AgentIqProperties properties) {
        return LinkingConfig.profile(properties.getLinking().getProfile());
    }

    /** Auto-actions only on deterministic links at or above the configuration's threshold. */
    @Bean
    @ConditionalOnMissingBean
    ActionPolicy agentIqActionPolicy(LinkingConfig config) {
        return ActionPolicy.of(config);
    }

    @Bean
    @ConditionalOnMissingBean
    LinkingService agentIqLinkingService(InteractionRepository interactions, LinkCandidateStore store,
            LinkingConfig config, Clock clock) {
        return new LinkingService(interactions, store, config, clock);
    }

    /** Bulk recomputation for jobs that do not need the incremental index (after a bulk import, a profile change). */
    @Bean
    @ConditionalOnMissingBean
    LinkRecomputer agentIqLinkRecomputer(InteractionRepository interactions, LinkCandidateStore store,
            LinkingConfig config, Clock clock) {
        return new LinkRecomputer(interactions, store, config, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    TimelineService agentIqTimelineService(InteractionRepository interactions, ActionPolicy policy) {
        return new TimelineService(interactions, policy);
    }

    @Bean
    @ConditionalOnMissingBean
    CustomerProfileService agentIqCustomerProfileService(InteractionRepository interactions,
            CustomerProfileStore store, Clock clock) {
        return new CustomerProfileService(interactions, store, clock);
    }

    /** The buyer's profile line (seed §h.5) in every draft of an interaction with a customer id. */
    @Bean
    @ConditionalOnMissingBean
    CustomerContextSource agentIqCustomerContext(CustomerProfileService profiles) {
        return interaction -> Optional.ofNullable(profiles.draftContext(interaction)).filter(s -> !s.isBlank());
    }
}
