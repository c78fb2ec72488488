package ru.agentiq.spring;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.agentiq.core.autoresponse.AutoResponder;
import ru.agentiq.core.autoresponse.AutoResponseSettingsSource;
import ru.agentiq.core.autoresponse.GuardrailAdapters;
import ru.agentiq.core.autoresponse.ReplySender;
import ru.agentiq.core.draft.ChatHistorySource;
import ru.agentiq.core.draft.CustomerContextSource;
import ru.agentiq.core.draft.DraftConfig;
import ru.agentiq.core.draft.DraftGenerator;
import ru.agentiq.core.draft.DraftListener;
import ru.agentiq.core.draft.DraftReviewer;
import ru.agentiq.core.draft.DraftService;
import ru.agentiq.core.draft.DraftSettings;
import ru.agentiq.core.draft.DraftSettingsSource;
import ru.agentiq.core.draft.DraftSettingsStore;
import ru.agentiq.core.autoresponse.AutoResponseSettingsStore;
import ru.agentiq.core.promo.PromoSettingsSource;
import ru.agentiq.core.draft.FallingBackDraftGenerator;
import ru.agentiq.core.draft.GroundingBuilder;
import ru.agentiq.core.draft.GuardrailReviewers;
import ru.agentiq.core.draft.KeywordAnalyzer;
import ru.agentiq.core.draft.PrioritizerKeywords;
import ru.agentiq.core.draft.ProductCatalog;
import ru.agentiq.core.draft.ProductMemory;
import ru.agentiq.core.draft.Tone;
import ru.agentiq.core.guardrails.AutoResponseGuard;
import ru.agentiq.core.guardrails.SellerGuardrails;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.memory.InMemoryAutoResponseSettings;
import ru.agentiq.core.memory.InMemoryDraftSettings;
import ru.agentiq.core.priority.InteractionPrioritizer;
import ru.agentiq.core.reply.ReplyDispatcher;

/**
 * AI drafts and the unattended auto-response pipeline. The generator stack is: the model (a {@link DraftGenerator}
 * bean — the OpenAI-compatible one from {@link AgentIqLlmAutoConfiguration}, the application's own, or
 * {@link NoModelDraftGenerator}), core's fallback layer, then every {@link DraftGeneratorDecorator} (billing's
 * metering). Grounding uses the product catalog when there is one (WB's card CDN), past replies on the product, and
 * the buyer's profile. Imported by {@link AgentIqAutoConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class DraftConfiguration {

    /** Without a configured model, drafts come from the keyword fallback and templates. */
    @Bean
    @ConditionalOnMissingBean(DraftGenerator.class)
    DraftGenerator agentIqNoModelDraftGenerator() {
        return new NoModelDraftGenerator();
    }

    /**
     * Every seller's draft settings start from {@link #defaultDraftSettings}; typed as the writable port so an
     * application can change a seller's settings at run time.
     */
    @Bean
    @ConditionalOnMissingBean(DraftSettingsSource.class)
    DraftSettingsStore agentIqDraftSettings(AgentIqProperties properties, DraftGenerator model) {
        return new InMemoryDraftSettings(defaultDraftSettings(properties, model));
    }

    /** {@code agentiq.drafts.tone} and the configured model, on when there is one. */
    static DraftSettings defaultDraftSettings(AgentIqProperties properties, DraftGenerator model) {
        AgentIqProperties.Llm llm = properties.getLlm();
        return new DraftSettings(Tone.fromWire(properties.getDrafts().getTone()),
                !(model instanceof NoModelDraftGenerator), llm.getProvider(), llm.getModel());
    }

    /** The priority module's keyword tables as the drafts' rule-based analysis. */
    @Bean
    @ConditionalOnMissingBean
    KeywordAnalyzer agentIqKeywordAnalyzer(InteractionPrioritizer prioritizer, Clock clock) {
        return PrioritizerKeywords.of(prioritizer, clock);
    }

    /** Each seller's own guardrails as the draft-stage warnings. */
    @Bean
    @ConditionalOnMissingBean
    DraftReviewer agentIqDraftReviewer(SellerGuardrails guardrails) {
        return GuardrailReviewers.of(guardrails);
    }

    @Bean
    @ConditionalOnMissingBean
    GroundingBuilder agentIqGroundingBuilder(InteractionRepository interactions, ObjectProvider<ProductCatalog> catalog,
            ObjectProvider<CustomerContextSource> customers, ObjectProvider<ChatHistorySource> chats,
            ObjectProvider<ProductMemory> memory, AgentIqProperties properties) {
        AgentIqProperties.Drafts d = properties.getDrafts();
        DraftConfig config = DraftConfig.builder().pastReplies(d.getPastReplies())
                .frequentIntents(d.getFrequentIntents()).chatMessages(d.getChatMessages()).build();
        return new GroundingBuilder(catalog.getIfAvailable(ProductCatalog::none),
                memory.getIfAvailable(() -> ProductMemory.scanning(interactions)), customers.getIfAvailable(CustomerContextSource::none),
                chats.getIfAvailable(ChatHistorySource::none), config);
    }

    @Bean
    @ConditionalOnMissingBean
    DraftService agentIqDraftService(InteractionRepository interactions, InteractionEventStore events,
            DraftGenerator model, ObjectProvider<DraftGeneratorDecorator> decorators, GroundingBuilder grounding,
            DraftReviewer reviewer, KeywordAnalyzer keywords, DraftSettingsSource settings,
            ObjectProvider<DraftListener> listeners, Clock clock) {
        DraftGenerator generator = new FallingBackDraftGenerator(model);
        for (DraftGeneratorDecorator decorator : decorators.orderedStream().toList()) {
            generator = decorator.decorate(generator);
        }
        List<DraftListener> all = listeners.orderedStream().toList();
        return DraftService.builder(interactions, events, generator, clock)
                .grounding(grounding)
                .reviewer(reviewer)
                .keywords(keywords)
                .settings(settings)
                .listener((seller, draft) -> all.forEach(l -> l.onDraft(seller, draft)))
                .build();
    }

    /** Per-seller auto-response settings and sandbox flag; off until a seller turns them on. */
    @Bean
    @ConditionalOnMissingBean(AutoResponseSettingsSource.class)
    AutoResponseSettingsStore agentIqAutoResponseSettings() {
        return new InMemoryAutoResponseSettings();
    }

    /** The unattended checks (seed §c.7), with the repeat check reading the seller's recent auto-responses. */
    @Bean
    @ConditionalOnMissingBean
    AutoResponseGuard agentIqAutoResponseGuard(InteractionRepository interactions) {
        return AutoResponseGuard.builder().history(GuardrailAdapters.history(interactions)).build();
    }

    @Bean
    @ConditionalOnMissingBean
    ReplySender agentIqAutoReplySender(ReplyDispatcher dispatcher) {
        return new DispatchingReplySender(dispatcher);
    }

    @Bean
    @ConditionalOnMissingBean
    AutoResponder agentIqAutoResponder(InteractionRepository interactions, InteractionEventStore events,
            DraftService drafts, AutoResponseSettingsSource settings, ReplySender sender, DraftReviewer reviewer,
            AutoResponseGuard guard, KeywordAnalyzer keywords, ObjectProvider<PromoSettingsSource> promos,
            Clock clock) {
        return AutoResponder.builder(interactions, events, drafts, settings, sender, clock)
                .guardrails(reviewer)
                .promos(promos.getIfAvailable(() -> PromoSettingsSource.NONE))
                .strictChecks(GuardrailAdapters.strictCheck(guard))
                .keywords(keywords)
                .build();
    }
}
