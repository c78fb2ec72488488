package ru.agentiq.core.draft;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionNotFoundException;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * Drafts replies (seed §f): the last draft of an interaction is cached in its extra data and returned as
 * {@code cached} unless regeneration is forced; otherwise a simple positive review or a chat "thanks" gets a template
 * ({@code cache}), and everything else goes to the model with its grounding, with the keyword fallback and the channel
 * templates prepared up front so a failed or disabled model still yields a draft ({@code fallback}). Model output is
 * cleaned (§c.8); guardrail warnings are attached without touching the text. Events {@code draft_generated} and
 * {@code draft_cache_hit} feed the quality metrics. Thread-safe when its collaborators are.
 *
 * <p>To meter model calls, pass billing's metered generator wrapped around a {@link FallingBackDraftGenerator} around
 * the model adapter: then failed calls are metered too. This service adds its own fallback layer outside, so a
 * generator that throws never leaves an operator without a draft.
 */
public final class DraftService {

    /** Extra-data key of the cached draft. */
    public static final String LAST_AI_DRAFT = "last_ai_draft";

    private static final Logger LOG = LoggerFactory.getLogger(DraftService.class);

    private final InteractionRepository interactions;
    private final InteractionEventStore events;
    private final DraftGenerator generator;
    private final GroundingBuilder grounding;
    private final DraftReviewer reviewer;
    private final KeywordAnalyzer keywords;
    private final DraftSettingsSource settings;
    private final DraftListener listener;
    private final Clock clock;

    private DraftService(Builder b) {
        this.interactions = b.interactions;
        this.events = b.events;
        this.generator = new FallingBackDraftGenerator(b.generator);
        this.grounding = b.grounding != null ? b.grounding
                : new GroundingBuilder(ProductCatalog.none(), ProductMemory.scanning(b.interactions),
                        CustomerContextSource.none(), ChatHistorySource.none(), DraftConfig.defaults());
        this.reviewer = b.reviewer;
        this.keywords = b.keywords;
        this.settings = b.settings;
        this.listener = b.listener;
        this.clock = b.clock;
    }

    /**
     * @param generator the model adapter (possibly metered); {@code request -> throw new LlmDisabledException(..)}
     *                  for none
     */
    public static Builder builder(InteractionRepository interactions, InteractionEventStore events,
            DraftGenerator generator, Clock clock) {
        return new Builder(interactions, events, generator, clock);
    }

    /**
     * The draft of an interaction.
     *
     * @param forceRegenerate ignore the cached draft
     * @throws InteractionNotFoundException when the seller has no such interaction
     */
    public Draft draft(SellerId sellerId, InteractionId interactionId, boolean forceRegenerate) {
        Interaction interaction = interactions.findById(sellerId, interactionId)
                .orElseThrow(() -> new InteractionNotFoundException(sellerId, interactionId));
        if (!forceRegenerate) {
            Optional<Draft> cached = cached(interaction);
            if (cached.isPresent()) {
                events.append(sellerId, interactionId, interaction.channel(), InteractionEventType.DRAFT_CACHE_HIT,
                        ExtraData.of("source", storedSource(interaction).orElse(DraftSource.CACHED.wire()),
                                "force_regenerate", false), clock.instant());
                return notifyListener(sellerId, cached.get());
            }
        }
        Draft draft = generate(interaction);
        store(interaction, draft);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", draft.source().wire());
        details.put("force_regenerate", forceRegenerate);
        details.put("used_fallback", draft.usedFallback());
        events.append(sellerId, interactionId, interaction.channel(), InteractionEventType.DRAFT_GENERATED,
                ExtraData.of(details), draft.generatedAt());
        return notifyListener(sellerId, draft);
    }

    private Draft notifyListener(SellerId sellerId, Draft draft) {
        try {
            listener.onDraft(sellerId, draft);
        } catch (RuntimeException e) {
            LOG.warn("A draft listener failed for interaction {}; the draft is returned anyway",
                    draft.interactionId(), e);
        }
        return draft;
    }

    /**
     * Generates a draft for {@code interaction} without the cache, storing or recording nothing (previews and the
     * auto-response pipeline use this).
     */
    public Draft generate(Interaction interaction) {
        Prepared p = prepare(interaction);
        InteractionData d = interaction.data();
        Instant now = clock.instant();
        if (p.template() != null) {
            return finish(interaction, p.template(), DraftAnalysis.of("thanks", "positive"), DraftSource.CACHE,
                    "Template for a simple positive message", null, p, now);
        }
        if (p.request() == null) {
            return finish(interaction, p.fallbackText(), p.fallbackAnalysis(), DraftSource.FALLBACK,
                    DraftAnalysis.FALLBACK_REASON, null, p, now);
        }
        DraftResult result;
        try {
            result = generator.generate(p.request());
        } catch (LlmCallException e) {
            // the generator had no fallback layer of its own; this one still reports the failed call
            return finish(interaction, p.fallbackText(), p.fallbackAnalysis(), DraftSource.FALLBACK,
                    DraftAnalysis.FALLBACK_REASON, e.usage(), p, now);
        }
        if (result.source() == DraftSource.FALLBACK || result.usedFallback()) {
            return finish(interaction, p.fallbackText(), p.fallbackAnalysis(), DraftSource.FALLBACK,
                    DraftAnalysis.FALLBACK_REASON, result.usage(), p, now);
        }
        String cleaned = DraftCleanup.instance().clean(result.text(), d.channel(), customerName(d));
        DraftAnalysis analysis = result.analysis() != null ? result.analysis()
                : DraftAnalysis.of(p.keywords().intent(), Sentiments.of(d.text()));
        if (cleaned == null || cleaned.isBlank() || cleaned.strip().equals(greetingOnly(d))) {
            return finish(interaction, p.fallbackText(), p.fallbackAnalysis(), DraftSource.FALLBACK,
                    DraftAnalysis.FALLBACK_REASON, result.usage(), p, now);
        }
        return finish(interaction, cleaned, analysis, result.source(), analysis.recommendationReason(),
                result.usage(), p, now);
    }

    /**
     * Everything a draft needs before the model is called: grounding, prompts, the fallback text and the template
     * fast path. No I/O beyond the grounding sources.
     */
    public Prepared prepare(Interaction interaction) {
        InteractionData d = interaction.data();
        KeywordAnalysis kw = keywords.analyze(d);
        if (kw == null) {
            kw = KeywordAnalysis.NONE;
        }
        String name = customerName(d);
        DraftAnalysis fallbackAnalysis = new DraftAnalysis(kw.intent(), Sentiments.of(d.text()), null, List.of(),
                DraftAnalysis.FALLBACK_REASON, kw.needsEscalation(), kw.escalationReason());
        String byIntent = FallbackDrafts.instance().forIntent(kw.intent(), d.channel(), d.rating());
        String fallback = DraftCleanup.instance().clean(byIntent != null ? byIntent
                : FallbackDrafts.instance().template(d.channel(), d.rating(), d.text()), d.channel(), name);
        Optional<String> template = ResponseTemplates.instance().lookup(d.channel(), kw.intent(), d.rating(),
                d.text(), d.externalId());
        DraftSettings s = settings.settings(d.sellerId());
        Tone tone = s == null ? Tone.NEUTRAL : s.tone();
        Grounding g = grounding.build(interaction, kw.intent(), tone);
        if (template.isPresent()) {
            return new Prepared(interaction, kw, g, null, fallback, fallbackAnalysis,
                    DraftCleanup.instance().clean(template.get(), d.channel(), name));
        }
        if (s != null && !s.llmEnabled()) {
            return new Prepared(interaction, kw, g, null, fallback, fallbackAnalysis, null);
        }
        PromptBuilder prompts = PromptBuilder.instance();
        DraftRequest request = DraftRequest.builder("draft-" + interaction.id() + "-" + UUID.randomUUID(),
                        d.sellerId(), d.channel(), prompts.userPrompt(d, g))
                .interactionId(interaction.id())
                .systemPrompt(prompts.systemPrompt(d.channel(), g))
                .maxOutputTokens(maxTokens(kw.intent()))
                .fallbackText(fallback)
                .build();
        return new Prepared(interaction, kw, g, request, fallback, fallbackAnalysis, null);
    }

    /**
     * A draft about to be generated.
     *
     * @param interaction      the interaction
     * @param keywords         rule-based analysis
     * @param grounding        the context gathered
     * @param request          the model request; null when the model is off or a template applies
     * @param fallbackText     the draft to use without the model
     * @param fallbackAnalysis the analysis that goes with it
     * @param template         the fast-path template; null when none applies
     */
    public record Prepared(Interaction interaction, KeywordAnalysis keywords, Grounding grounding,
            DraftRequest request, String fallbackText, DraftAnalysis fallbackAnalysis, String template) {
    }

    /** The seed's token budget selector: thanks 300, defects/wrong items/refunds 1000, else 600. */
    static int maxTokens(String intent) {
        if ("thanks".equals(intent)) {
            return 300;
        }
        if ("defect_not_working".equals(intent) || "wrong_item".equals(intent) || "refund_exchange".equals(intent)) {
            return 1000;
        }
        return DraftRequest.DEFAULT_MAX_OUTPUT_TOKENS;
    }

    private Draft finish(Interaction interaction, String text, DraftAnalysis analysis, DraftSource source,
            String reason, LlmUsage usage, Prepared p, Instant now) {
        InteractionData d = interaction.data();
        boolean escalate = analysis.needsEscalation() || p.keywords().needsEscalation();
        String escalationReason = analysis.escalationReason() != null ? analysis.escalationReason()
                : p.keywords().escalationReason();
        List<DraftWarning> warnings = reviewer.review(d.sellerId(), d.channel(), text, d.text());
        boolean usedFallback = source == DraftSource.FALLBACK || (usage != null && usage.usedFallback());
        return new Draft(interaction.id(), text, analysis.intent(), analysis.sentiment(), d.priority().wire(), reason,
                source, usedFallback, escalate, escalate ? escalationReason : null,
                warnings == null ? List.of() : warnings, p.grounding().items(), usage, now);
    }

    private void store(Interaction interaction, Draft draft) {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("text", draft.text());
        stored.put("intent", draft.intent());
        stored.put("sentiment", draft.sentiment());
        stored.put("sla_priority", draft.slaPriority());
        stored.put("recommendation_reason", draft.recommendationReason());
        stored.put("source", draft.source().wire());
        stored.put("used_fallback", draft.usedFallback());
        stored.put("needs_escalation", draft.needsEscalation());
        stored.put("escalation_reason", draft.escalationReason());
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (DraftWarning w : draft.guardrailWarnings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", w.type());
            m.put("severity", w.severity());
            m.put("message", w.message());
            m.put("phrase", w.phrase());
            m.put("category", w.category());
            warnings.add(m);
        }
        stored.put("guardrail_warnings", warnings);
        List<Map<String, Object>> items = new ArrayList<>();
        for (GroundingItem item : draft.grounding()) {
            items.add(Map.of("kind", item.kind().wire(), "detail", item.detail()));
        }
        stored.put("grounding", items);
        stored.put("generated_at", draft.generatedAt());
        interactions.update(interaction.withData(b -> b.extraData(interaction.data().extraData()
                .with(LAST_AI_DRAFT, stored))), clock.instant());
    }

    private Optional<Draft> cached(Interaction interaction) {
        if (!(interaction.data().extraData().get(LAST_AI_DRAFT).orElse(null) instanceof Map<?, ?> m)
                || !(m.get("text") instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        List<DraftWarning> warnings = new ArrayList<>();
        if (m.get("guardrail_warnings") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> w && w.get("type") instanceof String type
                        && w.get("severity") instanceof String severity && w.get("message") instanceof String msg) {
                    warnings.add(new DraftWarning(type, severity, msg, str(w.get("phrase")), str(w.get("category"))));
                }
            }
        }
        List<GroundingItem> items = new ArrayList<>();
        if (m.get("grounding") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> g && g.get("kind") instanceof String kind
                        && g.get("detail") instanceof String detail) {
                    for (GroundingItem.Kind k : GroundingItem.Kind.values()) {
                        if (k.wire().equals(kind)) {
                            items.add(new GroundingItem(k, detail));
                        }
                    }
                }
            }
        }
        Instant at = null;
        if (m.get("generated_at") instanceof String s) {
            try {
                at = Instant.parse(s);
            } catch (DateTimeParseException e) {
                at = null;
            }
        }
        DraftAnalysis analysis = DraftAnalysis.of(str(m.get("intent")), str(m.get("sentiment")));
        boolean escalate = Boolean.TRUE.equals(m.get("needs_escalation"));
        return Optional.of(new Draft(interaction.id(), text, analysis.intent(), analysis.sentiment(),
                m.get("sla_priority") instanceof String sp ? sp : interaction.data().priority().wire(),
                str(m.get("recommendation_reason")), DraftSource.CACHED, Boolean.TRUE.equals(m.get("used_fallback")),
                escalate, escalate ? str(m.get("escalation_reason")) : null, warnings, items, null, at));
    }

    private static Optional<String> storedSource(Interaction interaction) {
        if (interaction.data().extraData().get(LAST_AI_DRAFT).orElse(null) instanceof Map<?, ?> m
                && m.get("source") instanceof String s) {
            return Optional.of(s);
        }
        return Optional.empty();
    }

    private static String str(Object o) {
        return o instanceof String s ? s : null;
    }

    static String customerName(InteractionData d) {
        return d.extraData().getString("user_name").or(() -> d.extraData().getString("customer_name")).orElse(null);
    }

    private static String greetingOnly(InteractionData d) {
        String first = DraftCleanup.firstName(customerName(d));
        return (first == null ? "Здравствуйте!" : first + ", здравствуйте!");
    }

    /**
     * Mutable builder; defaults: the seed's draft-stage guardrails, the intents recorded at ingest, neutral tone with
     * the model on, grounding on a repository scan.
     */
    public static final class Builder {
        private final InteractionRepository interactions;
        private final InteractionEventStore events;
        private final DraftGenerator generator;
        private final Clock clock;
        private GroundingBuilder grounding;
        private DraftReviewer reviewer = GuardrailReviewers.of(ru.agentiq.core.guardrails.Guardrails.defaults());
        private KeywordAnalyzer keywords = KeywordAnalyzer.recorded();
        private DraftSettingsSource settings = DraftSettingsSource.fixed(DraftSettings.defaults());
        private DraftListener listener = DraftListener.none();

        private Builder(InteractionRepository interactions, InteractionEventStore events, DraftGenerator generator,
                Clock clock) {
            this.interactions = Checks.required(interactions, "interactions");
            this.events = Checks.required(events, "events");
            this.generator = Checks.required(generator, "generator");
            this.clock = Checks.required(clock, "clock");
        }

        public Builder grounding(GroundingBuilder value) {
            this.grounding = Checks.required(value, "grounding");
            return this;
        }

        public Builder reviewer(DraftReviewer value) {
            this.reviewer = Checks.required(value, "reviewer");
            return this;
        }

        public Builder keywords(KeywordAnalyzer value) {
            this.keywords = Checks.required(value, "keywords");
            return this;
        }

        public Builder settings(DraftSettingsSource value) {
            this.settings = Checks.required(value, "settings");
            return this;
        }

        /** Told about every draft {@link DraftService#draft} returns (default: nobody). */
        public Builder listener(DraftListener value) {
            this.listener = Checks.required(value, "listener");
            return this;
        }

        public DraftService build() {
            return new DraftService(this);
        }
    }
}
