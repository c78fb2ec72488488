package ru.agentiq.core.autoresponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.draft.Draft;
import ru.agentiq.core.draft.DraftReviewer;
import ru.agentiq.core.draft.DraftService;
import ru.agentiq.core.draft.DraftWarning;
import ru.agentiq.core.draft.KeywordAnalyzer;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.promo.PromoAudience;
import ru.agentiq.core.promo.PromoSettingsSource;
import ru.agentiq.core.quality.InboxScans;

/**
 * The unattended reply pipeline (seed §h.1). For each candidate the checks run in this order, and the first that fails
 * skips it: settings readable → enabled → not answered yet → channel allowed → nmId allowed → the intent's scenario
 * (or the legacy intent list) says {@code auto}, is enabled and covers the channel → a review has 4–5 stars → no open
 * issue is linked by a link whose policy allows auto-actions → a draft is generated → a 5-star review gets the promo
 * sentence (the configuration's own, else the seller's first usable promo code flagged for positive reviews) →
 * the standard guardrails find no error → the strict checks pass → then, in sandbox mode, the would-be reply is
 * recorded ({@code sandbox_auto_response}, {@code auto_response_sandbox}) and nothing is sent; otherwise it is sent,
 * the interaction is marked answered by auto-response ({@code auto_response_sent}), and the delay policy is waited.
 *
 * <p>Deliberate differences from the seed: the rating rule applies to reviews only (questions and chats have no
 * rating, so the seed's "no rating blocks" made every question and chat scenario dead); probabilistic or
 * low-confidence links never influence an action (they are assist-only), while a deterministic link to an open
 * complaint holds the auto-reply for a person. Thread-safe when the collaborators are; one run per seller at a time.
 */
public final class AutoResponder {

    private static final Logger LOG = LoggerFactory.getLogger(AutoResponder.class);
    /** Longest draft kept in the sandbox record. */
    static final int SANDBOX_TEXT_LIMIT = 1000;

    private final InteractionRepository interactions;
    private final InteractionEventStore events;
    private final DraftService drafts;
    private final DraftReviewer guardrails;
    private final StrictReplyCheck strict;
    private final KeywordAnalyzer keywords;
    private final AutoResponseSettingsSource settings;
    private final PromoSettingsSource promos;
    private final ReplySender sender;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier random;

    private AutoResponder(Builder b) {
        this.interactions = b.interactions;
        this.events = b.events;
        this.drafts = b.drafts;
        this.guardrails = b.guardrails;
        this.strict = b.strict;
        this.keywords = b.keywords;
        this.settings = b.settings;
        this.promos = b.promos;
        this.sender = b.sender;
        this.sleeper = b.sleeper;
        this.clock = b.clock;
        this.random = b.random;
    }

    public static Builder builder(InteractionRepository interactions, InteractionEventStore events,
            DraftService drafts, AutoResponseSettingsSource settings, ReplySender sender, Clock clock) {
        return new Builder(interactions, events, drafts, settings, sender, clock);
    }

    /** One run for a seller: at most {@code maxPerRun} open, unanswered candidates in the allowed channels. */
    public List<AutoResponseDecision> run(SellerId sellerId) throws InterruptedException {
        AutoResponseSettings s;
        try {
            s = settings.settings(sellerId);
        } catch (RuntimeException e) {
            LOG.warn("auto-response settings unreadable for seller {}: {}", sellerId, e.getClass().getSimpleName());
            return List.of();
        }
        if (s == null || !s.config().enabled() || s.config().channels().isEmpty()) {
            return List.of();
        }
        List<Interaction> candidates = new ArrayList<>();
        int limit = s.config().maxPerRun();
        InboxScans.forEach(interactions, InboxQuery.builder(sellerId).needsResponse(true)
                .statuses(InteractionStatus.OPEN).channels(s.config().channels()), i -> {
                    if (candidates.size() < limit && !i.data().autoResponse()) {
                        candidates.add(i);
                    }
                });
        List<AutoResponseDecision> decisions = new ArrayList<>();
        for (Interaction candidate : candidates) {
            AutoResponseDecision d = process(candidate, s, false);
            decisions.add(d);
            if (d.outcome() == Outcome.SENT) {
                Duration wait = s.config().delay().delayFor(d.draftText(), random.getAsDouble());
                sleeper.sleep(wait);
            }
        }
        return decisions;
    }

    /** Runs the pipeline for one interaction (sending unless the seller is in sandbox mode). */
    public AutoResponseDecision respond(SellerId sellerId, InteractionId id) {
        Interaction interaction = interactions.findById(sellerId, id).orElseThrow(
                () -> new ru.agentiq.core.interaction.InteractionNotFoundException(sellerId, id));
        AutoResponseSettings s;
        try {
            s = settings.settings(sellerId);
        } catch (RuntimeException e) {
            return skipped(interaction, SkipReason.CONFIG_UNAVAILABLE, null, null, null, null, null);
        }
        return process(interaction, s, false);
    }

    /**
     * Dry run: every check on {@code data} as if it had arrived, nothing stored or sent.
     *
     * @param config the settings to judge with (e.g. a preset before applying it); null for the seller's own
     */
    public AutoResponseDecision preview(InteractionData data, AutoResponseConfig config) {
        AutoResponseConfig c = config != null ? config : settings.settings(data.sellerId()).config();
        Instant now = clock.instant();
        Interaction transient_ = new Interaction(InteractionId.of(Long.MAX_VALUE), data, now, now);
        return process(transient_, new AutoResponseSettings(c, true), true);
    }

    private AutoResponseDecision process(Interaction interaction, AutoResponseSettings s, boolean preview) {
        if (s == null) {
            return skipped(interaction, SkipReason.CONFIG_UNAVAILABLE, null, null, null, null, null);
        }
        AutoResponseConfig c = s.config();
        InteractionData d = interaction.data();
        if (!c.enabled()) {
            return skipped(interaction, SkipReason.DISABLED, null, null, null, null, null);
        }
        if (!d.needsResponse() || d.autoResponse()) {
            return skipped(interaction, SkipReason.ALREADY_ANSWERED, null, null, null, null, null);
        }
        if (!c.channels().contains(d.channel())) {
            return skipped(interaction, SkipReason.CHANNEL_NOT_ALLOWED, null, null, null, null, null);
        }
        if (!c.nmIds().isEmpty() && (d.nmId() == null || !c.nmIds().contains(d.nmId().strip()))) {
            return skipped(interaction, SkipReason.NM_ID_NOT_ALLOWED, null, null, null, null, null);
        }
        String intent = keywords.analyze(d).intent();
        if (intent == null && d.channel() == Channel.REVIEW && d.rating() != null && d.rating() >= 4) {
            intent = "thanks";
        }
        Scenario scenario = intent == null ? null : c.scenarios().get(intent);
        ScenarioAction action;
        if (scenario == null) {
            if (intent == null || !c.legacyIntents().contains(intent)) {
                return skipped(interaction, SkipReason.NO_SCENARIO, intent, null, null, null, null);
            }
            action = ScenarioAction.AUTO;
        } else {
            action = scenario.action();
            if (action == ScenarioAction.BLOCK) {
                return skipped(interaction, SkipReason.SCENARIO_BLOCK, intent, action, null, null, null);
            }
            if (action == ScenarioAction.DRAFT) {
                return skipped(interaction, SkipReason.SCENARIO_DRAFT_ONLY, intent, action, null, null, null);
            }
            if (!scenario.enabled()) {
                return skipped(interaction, SkipReason.SCENARIO_DISABLED, intent, action, null, null, null);
            }
            if (!scenario.covers(d.channel())) {
                return skipped(interaction, SkipReason.SCENARIO_CHANNEL, intent, action, null, null, null);
            }
        }
        if (d.channel() == Channel.REVIEW && (d.rating() == null || d.rating() < 4)) {
            return skipped(interaction, SkipReason.RATING_TOO_LOW, intent, action, null, null, null);
        }
        if (!preview && linkedOpenIssue(interaction)) {
            return skipped(interaction, SkipReason.LINKED_OPEN_ISSUE, intent, action, null, null, null);
        }
        Draft draft;
        try {
            draft = drafts.generate(interaction);
        } catch (RuntimeException e) {
            LOG.debug("auto-response draft failed for {}: {}", interaction.id(), e.getClass().getSimpleName());
            return skipped(interaction, SkipReason.DRAFT_FAILED, intent, action, null, null, null);
        }
        String text = draft.text();
        String promoSentence = d.channel() == Channel.REVIEW && Integer.valueOf(5).equals(d.rating())
                ? promoSentence(d.sellerId(), c) : null;
        boolean promo = promoSentence != null;
        if (promo) {
            text = text + " " + promoSentence;
        }
        List<DraftWarning> findings = guardrails.review(d.sellerId(), d.channel(), text, d.text());
        List<String> errors = findings.stream().filter(DraftWarning::isError).map(DraftWarning::message).toList();
        if (!errors.isEmpty()) {
            return new AutoResponseDecision(idOf(interaction, preview), Outcome.SKIPPED, SkipReason.GUARDRAILS_FAILED,
                    intent, action, text, draft.source(), false, null, errors);
        }
        Instant now = clock.instant();
        List<String> problems = strict.problems(d.sellerId(), d.channel(), text, now);
        if (problems != null && !problems.isEmpty()) {
            return new AutoResponseDecision(idOf(interaction, preview), Outcome.SKIPPED,
                    SkipReason.STRICT_CHECKS_FAILED, intent, action, text, draft.source(), true, false, problems);
        }
        if (preview) {
            return new AutoResponseDecision(null, Outcome.WOULD_SEND, null, intent, action, text, draft.source(),
                    true, true, List.of());
        }
        if (s.sandbox()) {
            recordSandbox(interaction, intent, text, draft, promo, now);
            return new AutoResponseDecision(interaction.id(), Outcome.SANDBOX, null, intent, action, text,
                    draft.source(), true, true, List.of());
        }
        boolean sent;
        try {
            sent = sender.send(interaction, text);
        } catch (RuntimeException e) {
            LOG.warn("auto-response send failed for {}: {}", interaction.id(), e.getClass().getSimpleName());
            sent = false;
        }
        if (!sent) {
            return new AutoResponseDecision(interaction.id(), Outcome.SKIPPED, SkipReason.SEND_FAILED, intent,
                    action, text, draft.source(), true, true, List.of());
        }
        recordSent(interaction, intent, text, draft, promo, now);
        return new AutoResponseDecision(interaction.id(), Outcome.SENT, null, intent, action, text, draft.source(),
                true, true, List.of());
    }

    /**
     * The sentence added to a 5-star review answer: the configuration's own sentence when set, otherwise the first
     * usable promo code the seller flagged for positive reviews (a code's review flag is off by default, so a code
     * reaches a public review only when the seller opted in). An unreadable promo store means no promo, not no reply.
     */
    private String promoSentence(SellerId sellerId, AutoResponseConfig c) {
        if (c.promoSentence() != null) {
            return c.promoSentence();
        }
        try {
            return promos.settings(sellerId).sentenceFor(PromoAudience.REVIEWS_POSITIVE, clock.instant())
                    .orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("promo settings unreadable for seller {}: {}", sellerId, e.getClass().getSimpleName());
            return null;
        }
    }

    /**
     * Whether a link the action policy allows to drive actions (deterministic, confident) points at an interaction
     * that still waits for an answer and signals a problem — then a cheerful automatic reply here would be wrong.
     */
    private boolean linkedOpenIssue(Interaction interaction) {
        if (!(interaction.data().extraData().get("link_candidates").orElse(null) instanceof List<?> links)) {
            return false;
        }
        for (Object o : links) {
            if (!(o instanceof Map<?, ?> link) || !Boolean.TRUE.equals(link.get("auto_action_allowed"))
                    || !(link.get("interaction_id") instanceof Long linkedId) || linkedId <= 0) {
                continue;
            }
            Interaction linked = interactions.findById(interaction.sellerId(), InteractionId.of(linkedId)).orElse(null);
            if (linked == null || !linked.data().needsResponse()) {
                continue;
            }
            InteractionData l = linked.data();
            String linkedIntent = keywords.analyze(l).intent();
            if ((l.rating() != null && l.rating() <= 2) || l.priority() == Priority.URGENT
                    || (linkedIntent != null && AutoResponseConfig.BLOCK_INTENTS.contains(linkedIntent))) {
                return true;
            }
        }
        return false;
    }

    private void recordSandbox(Interaction interaction, String intent, String text, Draft draft, boolean promo,
            Instant now) {
        InteractionData d = interaction.data();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("draft_text", text.length() > SANDBOX_TEXT_LIMIT ? text.substring(0, SANDBOX_TEXT_LIMIT) : text);
        record.put("intent", intent);
        record.put("rating", d.rating());
        record.put("channel", d.channel().wire());
        record.put("draft_source", draft.source().wire());
        record.put("guardrails_passed", true);
        record.put("auto_guardrails_passed", true);
        record.put("promo", promo);
        record.put("timestamp", now);
        interactions.update(interaction.withData(b -> b.extraData(d.extraData().with("sandbox_auto_response",
                record))), now);
        Map<String, Object> details = eventDetails(intent, d, draft, text, promo);
        details.put("draft_text_preview", text.length() > 200 ? text.substring(0, 200) : text);
        events.append(d.sellerId(), interaction.id(), d.channel(), InteractionEventType.AUTO_RESPONSE_SANDBOX,
                ExtraData.of(details), now);
    }

    private void recordSent(Interaction interaction, String intent, String text, Draft draft, boolean promo,
            Instant now) {
        InteractionData d = interaction.data();
        ExtraData extra = d.extraData()
                .with("last_reply_text", text.length() > 500 ? text.substring(0, 500) : text)
                .with("last_reply_source", "auto_response")
                .with("last_reply_at", now)
                .with("wb_sync_state", "pending")
                .with("auto_response_intent", intent)
                .with("auto_response_draft_source", draft.source().wire());
        interactions.update(interaction.withData(b -> b.autoResponse(true).status(InteractionStatus.RESPONDED)
                .needsResponse(false).priority(Priority.LOW).extraData(extra)), now);
        events.append(d.sellerId(), interaction.id(), d.channel(), InteractionEventType.AUTO_RESPONSE_SENT,
                ExtraData.of(eventDetails(intent, d, draft, text, promo)), now);
    }

    private static Map<String, Object> eventDetails(String intent, InteractionData d, Draft draft, String text,
            boolean promo) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("intent", intent);
        details.put("rating", d.rating());
        details.put("draft_source", draft.source().wire());
        details.put("reply_length", text.length());
        details.put("promo", promo);
        return details;
    }

    private static InteractionId idOf(Interaction interaction, boolean preview) {
        return preview ? null : interaction.id();
    }

    private AutoResponseDecision skipped(Interaction interaction, SkipReason reason, String intent,
            ScenarioAction action, String text, Boolean guardrails, Boolean strictPassed) {
        boolean preview = interaction.id().value() == Long.MAX_VALUE;
        return new AutoResponseDecision(preview ? null : interaction.id(), Outcome.SKIPPED, reason, intent, action,
                text, null, guardrails, strictPassed, List.of());
    }

    /** Mutable builder; defaults: no extra guardrails, recorded intents, real sleeping, uniform random delay. */
    public static final class Builder {
        private final InteractionRepository interactions;
        private final InteractionEventStore events;
        private final DraftService drafts;
        private final AutoResponseSettingsSource settings;
        private final ReplySender sender;
        private final Clock clock;
        private DraftReviewer guardrails = DraftReviewer.none();
        private PromoSettingsSource promos = PromoSettingsSource.NONE;
        private StrictReplyCheck strict;
        private KeywordAnalyzer keywords = KeywordAnalyzer.recorded();
        private Sleeper sleeper = Sleeper.system();
        private DoubleSupplier random = () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble();

        private Builder(InteractionRepository interactions, InteractionEventStore events, DraftService drafts,
                AutoResponseSettingsSource settings, ReplySender sender, Clock clock) {
            this.interactions = Checks.required(interactions, "interactions");
            this.events = Checks.required(events, "events");
            this.drafts = Checks.required(drafts, "drafts");
            this.settings = Checks.required(settings, "settings");
            this.sender = Checks.required(sender, "sender");
            this.clock = Checks.required(clock, "clock");
        }

        /** The standard (draft-stage) guardrails; an error-severity finding stops the reply. */
        public Builder guardrails(DraftReviewer value) {
            this.guardrails = Checks.required(value, "guardrails");
            return this;
        }

        /** The strict unattended checks (required). */
        public Builder strictChecks(StrictReplyCheck value) {
            this.strict = Checks.required(value, "strictChecks");
            return this;
        }

        /** Sellers' promo codes, offered under 5-star reviews when flagged for them (default: none). */
        public Builder promos(PromoSettingsSource value) {
            this.promos = Checks.required(value, "promos");
            return this;
        }

        public Builder keywords(KeywordAnalyzer value) {
            this.keywords = Checks.required(value, "keywords");
            return this;
        }

        public Builder sleeper(Sleeper value) {
            this.sleeper = Checks.required(value, "sleeper");
            return this;
        }

        /** Source of uniform numbers in [0, 1) for the delay. */
        public Builder random(DoubleSupplier value) {
            this.random = Checks.required(value, "random");
            return this;
        }

        public AutoResponder build() {
            Checks.required(strict, "strictChecks");
            return new AutoResponder(this);
        }
    }
}
