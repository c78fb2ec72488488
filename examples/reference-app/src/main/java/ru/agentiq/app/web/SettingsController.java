package ru.agentiq.app.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.agentiq.app.security.ApiCaller;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.autoresponse.AutoResponder;
import ru.agentiq.core.autoresponse.AutoResponseConfig;
import ru.agentiq.core.autoresponse.AutoResponseDecision;
import ru.agentiq.core.autoresponse.AutoResponseSettingsStore;
import ru.agentiq.core.autoresponse.Scenario;
import ru.agentiq.core.autoresponse.ScenarioAction;
import ru.agentiq.core.draft.DraftSettings;
import ru.agentiq.core.draft.DraftSettingsStore;
import ru.agentiq.core.draft.Tone;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.priority.ChatIntent;
import ru.agentiq.core.priority.ChatSlaTable;
import ru.agentiq.core.priority.IntentSla;
import ru.agentiq.core.priority.PriorityConfig;
import ru.agentiq.core.priority.PrioritySettingsStore;
import ru.agentiq.core.promo.PromoAudience;
import ru.agentiq.core.promo.PromoCode;
import ru.agentiq.core.promo.PromoSettings;
import ru.agentiq.core.promo.PromoSettingsStore;
import ru.agentiq.core.sync.SellerSyncSettingsStore;
import ru.agentiq.core.sync.SyncService;

/**
 * {@code /api/settings/*}: a seller's runtime settings (seed §i settings routes) — the reply-pending window, the chat
 * SLA table, AI tone and model switch with the auto-response fields, promo codes, presets, a dry-run preview and
 * sandbox mode. They live behind the settings ports, per seller: in the database's {@code runtime_settings} table when
 * the app has a DataSource (the JDBC auto-configuration), in memory otherwise.
 */
@RestController
@RequestMapping("/api/settings")
public class SettingsController {

    private final SellerSyncSettingsStore general;
    private final PrioritySettingsStore sla;
    private final DraftSettingsStore ai;
    private final AutoResponseSettingsStore autoResponses;
    private final PromoSettingsStore promos;
    private final AutoResponder responder;

    public SettingsController(SellerSyncSettingsStore general, PrioritySettingsStore sla, DraftSettingsStore ai,
            AutoResponseSettingsStore autoResponses, PromoSettingsStore promos, AutoResponder responder) {
        this.general = general;
        this.sla = sla;
        this.ai = ai;
        this.autoResponses = autoResponses;
        this.promos = promos;
        this.responder = responder;
    }

    public record GeneralView(int replyPendingWindowMinutes) {
    }

    public record GeneralBody(Integer replyPendingWindowMinutes) {
    }

    public record IntentView(String priority, Integer slaMinutes) {
    }

    public record ScenarioView(String action, List<String> channels, boolean enabled) {
    }

    public record AutoResponseView(boolean autoResponseEnabled, List<String> autoResponseChannels,
            List<String> autoResponseNmIds, Map<String, ScenarioView> autoResponseScenarios,
            String autoResponsePromoSentence) {
    }

    /** The effective chat SLA table (every intent) and, as in the seed's document, the auto-response settings. */
    public record SlaConfigView(Map<String, IntentView> intents, List<String> overriddenIntents,
            boolean autoResponseEnabled, List<String> autoResponseChannels, List<String> autoResponseNmIds,
            Map<String, ScenarioView> autoResponseScenarios) {
    }

    public record SlaConfigBody(Map<String, IntentView> intents, Boolean autoResponseEnabled,
            List<String> autoResponseChannels, List<String> autoResponseNmIds) {
    }

    public record AiView(String tone, boolean llmEnabled, String llmProvider, String llmModel,
            boolean autoResponseEnabled, List<String> autoResponseChannels, String autoResponsePromoSentence) {
    }

    public record AiBody(String tone, Boolean llmEnabled, Boolean autoResponseEnabled,
            List<String> autoResponseChannels, String autoResponsePromoSentence) {
    }

    /** A code's channel flags (seed §h.2): chats on by default, reviews off. */
    public record PromoChannelsView(boolean chatPositive, boolean chatNegative, boolean chatQuestions,
            boolean reviewsPositive, boolean reviewsNegative) {
    }

    public record PromoCodeView(String code, String discount, boolean active, String expiresOn,
            PromoChannelsView channels) {
    }

    public record PromoView(List<PromoCodeView> promoCodes, boolean aiSuggestsPromo, boolean warnAboutReviews,
            int maxPromoCodes) {
    }

    /** {@code channels} maps a flag name to on/off; flags left out take their defaults. */
    public record PromoCodeBody(String code, String discount, Boolean active, String expiresOn,
            Map<String, Boolean> channels) {
    }

    public record PromoBody(List<PromoCodeBody> promoCodes, Boolean aiSuggestsPromo, Boolean warnAboutReviews) {
    }

    public record PresetView(String name, List<String> channels, List<String> enabledIntents) {
    }

    public record PresetsView(List<PresetView> presets) {
    }

    public record PresetBody(String preset) {
    }

    public record AppliedPresetView(String preset, AutoResponseView autoResponse) {
    }

    public record SandboxView(boolean sandboxMode) {
    }

    public record SandboxBody(Boolean enabled) {
    }

    public record PreviewBody(String text, Integer rating, String channel, String nmId, String preset) {
    }

    public record PreviewView(String intent, String scenarioAction, boolean wouldAutoSend, String outcome,
            String skipReason, String recommendation, String draftSource, Boolean guardrailsPassed,
            Boolean autoGuardrailsPassed, List<String> problems) {
    }

    @GetMapping("/general")
    public GeneralView general(@AuthenticationPrincipal ApiCaller caller) {
        return generalOf(Callers.seller(caller));
    }

    /** {@code reply_pending_window_minutes}: 30..1440 (default 180). */
    @PutMapping("/general")
    public GeneralView updateGeneral(@AuthenticationPrincipal ApiCaller caller, @RequestBody GeneralBody body) {
        SellerId seller = Callers.seller(caller);
        if (body == null || body.replyPendingWindowMinutes() == null) {
            throw new ValidationException("reply_pending_window_minutes is required");
        }
        Bounds.check("reply_pending_window_minutes", body.replyPendingWindowMinutes(), 30, 1440);
        general.setReplyPendingWindowMinutes(seller, body.replyPendingWindowMinutes());
        return generalOf(seller);
    }

    @GetMapping("/sla-config")
    public SlaConfigView slaConfig(@AuthenticationPrincipal ApiCaller caller) {
        return slaOf(Callers.seller(caller));
    }

    /**
     * Replaces the seller's overrides: {@code intents} maps an intent to {@code {priority, sla_minutes}} (missing
     * priority → normal, missing minutes → 240; minutes 1..10080); the auto-response fields change when given.
     */
    @PutMapping("/sla-config")
    public SlaConfigView updateSlaConfig(@AuthenticationPrincipal ApiCaller caller, @RequestBody SlaConfigBody body) {
        SellerId seller = Callers.seller(caller);
        requireBody(body);
        Map<ChatIntent, IntentSla> overrides = new EnumMap<>(ChatIntent.class);
        if (body.intents() != null) {
            body.intents().forEach((intent, v) -> {
                Priority priority = v == null || v.priority() == null ? Priority.NORMAL
                        : Priority.fromWire(v.priority());
                int minutes = v == null || v.slaMinutes() == null ? 240 : Bounds.check("sla_minutes of " + intent,
                        v.slaMinutes(), IntentSla.MIN_SLA_MINUTES, IntentSla.MAX_SLA_MINUTES);
                overrides.put(ChatIntent.fromWire(intent), new IntentSla(priority, minutes));
            });
        }
        AutoResponseConfig current = autoResponses.settings(seller).config();
        AutoResponseConfig changed = copy(current)
                .enabled(body.autoResponseEnabled() != null ? body.autoResponseEnabled() : current.enabled())
                .channels(body.autoResponseChannels() != null ? channels(body.autoResponseChannels())
                        : current.channels())
                .nmIds(body.autoResponseNmIds() != null ? Set.copyOf(body.autoResponseNmIds()) : current.nmIds())
                .build();
        sla.put(seller, sla.forSeller(seller).toBuilder().chatSla(new ChatSlaTable(overrides)).build());
        autoResponses.put(seller, changed);
        return slaOf(seller);
    }

    /** Back to the seed's defaults: the SLA table and the auto-response settings (sandbox mode is kept). */
    @PostMapping("/sla-config/reset")
    public SlaConfigView resetSlaConfig(@AuthenticationPrincipal ApiCaller caller) {
        SellerId seller = Callers.seller(caller);
        sla.reset(seller);
        autoResponses.put(seller, AutoResponseConfig.defaults());
        return slaOf(seller);
    }

    @GetMapping("/ai")
    public AiView aiSettings(@AuthenticationPrincipal ApiCaller caller) {
        return aiOf(Callers.seller(caller));
    }

    /** Tone ({@code formal | friendly | neutral}), the model switch and the auto-response fields; omitted ones stay. */
    @PutMapping("/ai")
    public AiView updateAi(@AuthenticationPrincipal ApiCaller caller, @RequestBody AiBody body) {
        SellerId seller = Callers.seller(caller);
        requireBody(body);
        DraftSettings next = ai.settings(seller);
        if (body.tone() != null) {
            next = next.withTone(Tone.fromWire(body.tone()));
        }
        if (body.llmEnabled() != null) {
            next = next.withLlm(body.llmEnabled(), next.provider(), next.model());
        }
        AutoResponseConfig config = autoResponses.settings(seller).config();
        AutoResponseConfig changed = copy(config)
                .enabled(body.autoResponseEnabled() != null ? body.autoResponseEnabled() : config.enabled())
                .channels(body.autoResponseChannels() != null ? channels(body.autoResponseChannels())
                        : config.channels())
                .promoSentence(body.autoResponsePromoSentence() != null
                        ? (body.autoResponsePromoSentence().isBlank() ? null : body.autoResponsePromoSentence())
                        : config.promoSentence())
                .build();
        ai.put(seller, next);
        autoResponses.put(seller, changed);
        return aiOf(seller);
    }

    @GetMapping("/promo")
    public PromoView promo(@AuthenticationPrincipal ApiCaller caller) {
        return promoOf(promos.settings(Callers.seller(caller)));
    }

    /**
     * Replaces the promo codes when {@code promo_codes} is given (at most 10, unique; each code 1..32 letters, digits,
     * {@code -} or {@code _}; discount up to 64 characters; {@code expires_on} as {@code YYYY-MM-DD}) and the switches
     * that are given; anything invalid is 422 and changes nothing.
     */
    @PutMapping("/promo")
    public PromoView updatePromo(@AuthenticationPrincipal ApiCaller caller, @RequestBody PromoBody body) {
        SellerId seller = Callers.seller(caller);
        requireBody(body);
        PromoSettings current = promos.settings(seller);
        List<PromoCode> codes = current.codes();
        if (body.promoCodes() != null) {
            if (body.promoCodes().size() > PromoSettings.MAX_CODES) {
                throw new ValidationException("promo_codes must hold at most " + PromoSettings.MAX_CODES
                        + " codes, was " + body.promoCodes().size());
            }
            codes = new ArrayList<>();
            for (PromoCodeBody code : body.promoCodes()) {
                codes.add(promoCode(code));
            }
        }
        PromoSettings next = new PromoSettings(codes,
                body.aiSuggestsPromo() != null ? body.aiSuggestsPromo() : current.aiSuggestsPromo(),
                body.warnAboutReviews() != null ? body.warnAboutReviews() : current.warnAboutReviews());
        promos.put(seller, next);
        return promoOf(promos.settings(seller));
    }

    /** The presets (seed §h.2): which channels and intents each one answers unattended. */
    @GetMapping("/auto-response/presets")
    public PresetsView presets(@AuthenticationPrincipal ApiCaller caller) {
        Callers.seller(caller);
        List<PresetView> presets = new ArrayList<>();
        for (AutoResponseConfig.Preset p : AutoResponseConfig.Preset.values()) {
            AutoResponseConfig c = AutoResponseConfig.preset(p);
            presets.add(new PresetView(p.name().toLowerCase(java.util.Locale.ROOT), wires(c.channels()),
                    c.scenarios().values().stream().filter(s -> s.enabled() && s.action() == ScenarioAction.AUTO)
                            .map(Scenario::intent).toList()));
        }
        return new PresetsView(presets);
    }

    /** Applies {@code safe}, {@code balanced} or {@code max}; anything else is 400. */
    @PostMapping("/auto-response/apply-preset")
    public AppliedPresetView applyPreset(@AuthenticationPrincipal ApiCaller caller, @RequestBody PresetBody body) {
        SellerId seller = Callers.seller(caller);
        AutoResponseConfig.Preset preset = preset(body == null ? null : body.preset());
        AutoResponseConfig config = autoResponses.applyPreset(seller, preset);
        return new AppliedPresetView(preset.name().toLowerCase(java.util.Locale.ROOT), autoResponseOf(config));
    }

    /**
     * Dry run of the auto-response pipeline on a text, as if it had just arrived: the intent, the scenario's action,
     * whether it would be sent, the draft and both guardrail verdicts. Nothing is stored or sent. {@code preset}
     * judges with a preset instead of the seller's own settings.
     */
    @PostMapping("/auto-response/preview")
    public PreviewView preview(@AuthenticationPrincipal ApiCaller caller, @RequestBody PreviewBody body) {
        SellerId seller = Callers.seller(caller);
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw new ValidationException("text is required");
        }
        Channel channel = Channel.fromWire(body.channel() == null ? "review" : body.channel());
        InteractionData data = InteractionData.builder(seller, channel, "preview").text(body.text())
                .rating(channel == Channel.REVIEW ? body.rating() : null).nmId(body.nmId()).build();
        AutoResponseConfig config = body.preset() == null ? null : AutoResponseConfig.preset(preset(body.preset()));
        AutoResponseDecision d = responder.preview(data, config);
        return new PreviewView(d.intent(), d.scenarioAction() == null ? null : d.scenarioAction().wire(),
                d.wouldAutoSend(), d.outcome().wire(), d.skipReason() == null ? null : d.skipReason().wire(),
                d.draftText(), d.draftSource() == null ? null : d.draftSource().wire(), d.guardrailsPassed(),
                d.autoGuardrailsPassed(), d.problems());
    }

    @GetMapping("/sandbox-mode")
    public SandboxView sandbox(@AuthenticationPrincipal ApiCaller caller) {
        return new SandboxView(autoResponses.settings(Callers.seller(caller)).sandbox());
    }

    /** In sandbox mode auto-responses run fully but are recorded instead of sent (seed §h.3). */
    @PostMapping("/sandbox-mode")
    public SandboxView setSandbox(@AuthenticationPrincipal ApiCaller caller, @RequestBody SandboxBody body) {
        SellerId seller = Callers.seller(caller);
        if (body == null || body.enabled() == null) {
            throw new ValidationException("enabled is required");
        }
        autoResponses.sandbox(seller, body.enabled());
        return new SandboxView(autoResponses.settings(seller).sandbox());
    }

    private GeneralView generalOf(SellerId seller) {
        return new GeneralView(general.replyPendingWindowMinutes(seller)
                .orElse((int) SyncService.DEFAULT_REPLY_PENDING_WINDOW.toMinutes()));
    }

    private SlaConfigView slaOf(SellerId seller) {
        PriorityConfig config = sla.forSeller(seller);
        Map<String, IntentView> intents = new LinkedHashMap<>();
        for (ChatIntent intent : ChatIntent.values()) {
            IntentSla s = config.chatSla().get(intent);
            intents.put(intent.wire(), new IntentView(s.priority().wire(), s.slaMinutes()));
        }
        List<String> overridden = new ArrayList<>(new TreeSet<>(config.chatSla().overrides().keySet().stream()
                .map(ChatIntent::wire).toList()));
        AutoResponseView a = autoResponseOf(autoResponses.settings(seller).config());
        return new SlaConfigView(intents, overridden, a.autoResponseEnabled(), a.autoResponseChannels(),
                a.autoResponseNmIds(), a.autoResponseScenarios());
    }

    private AiView aiOf(SellerId seller) {
        DraftSettings s = ai.settings(seller);
        AutoResponseConfig c = autoResponses.settings(seller).config();
        return new AiView(s.tone().wire(), s.llmEnabled(), s.provider(), s.model(), c.enabled(), wires(c.channels()),
                c.promoSentence());
    }

    private static PromoCode promoCode(PromoCodeBody body) {
        if (body == null) {
            throw new ValidationException("promo_codes must not contain null");
        }
        java.time.LocalDate expires = null;
        if (body.expiresOn() != null && !body.expiresOn().isBlank()) {
            try {
                expires = java.time.LocalDate.parse(body.expiresOn().strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new ValidationException("expires_on must be a date like 2026-12-31, was '" + body.expiresOn()
                        + "'");
            }
        }
        Set<PromoAudience> audiences = EnumSet.noneOf(PromoAudience.class);
        audiences.addAll(PromoAudience.DEFAULTS);
        if (body.channels() != null) {
            body.channels().forEach((flag, on) -> {
                PromoAudience audience = PromoAudience.fromWire(flag);
                if (on == null) {
                    throw new ValidationException("channels." + flag + " must be true or false");
                }
                if (on) {
                    audiences.add(audience);
                } else {
                    audiences.remove(audience);
                }
            });
        }
        return new PromoCode(body.code(), body.discount(), body.active() == null || body.active(), expires,
                audiences);
    }

    private static PromoView promoOf(PromoSettings s) {
        List<PromoCodeView> codes = s.codes().stream().map(c -> new PromoCodeView(c.code(), c.discount(), c.active(),
                c.expiresOn() == null ? null : c.expiresOn().toString(), new PromoChannelsView(
                        c.offeredTo(PromoAudience.CHAT_POSITIVE), c.offeredTo(PromoAudience.CHAT_NEGATIVE),
                        c.offeredTo(PromoAudience.CHAT_QUESTIONS), c.offeredTo(PromoAudience.REVIEWS_POSITIVE),
                        c.offeredTo(PromoAudience.REVIEWS_NEGATIVE)))).toList();
        return new PromoView(codes, s.aiSuggestsPromo(), s.warnAboutReviews(), PromoSettings.MAX_CODES);
    }

    private static AutoResponseView autoResponseOf(AutoResponseConfig c) {
        Map<String, ScenarioView> scenarios = new LinkedHashMap<>();
        c.scenarios().forEach((intent, s) -> scenarios.put(intent, new ScenarioView(s.action().wire(),
                wires(s.channels()), s.enabled())));
        return new AutoResponseView(c.enabled(), wires(c.channels()), c.nmIds().stream().sorted().toList(), scenarios,
                c.promoSentence());
    }

    private static AutoResponseConfig.Builder copy(AutoResponseConfig c) {
        return AutoResponseConfig.builder().enabled(c.enabled()).channels(c.channels()).nmIds(c.nmIds())
                .scenarios(c.scenarios()).legacyIntents(c.legacyIntents()).promoSentence(c.promoSentence())
                .delay(c.delay()).maxPerRun(c.maxPerRun());
    }

    private static AutoResponseConfig.Preset preset(String name) {
        try {
            return AutoResponseConfig.Preset.fromWire(name);
        } catch (ValidationException e) {
            throw new ApiExceptionHandler.BadRequestException(e.getMessage());
        }
    }

    private static Set<Channel> channels(List<String> wires) {
        Set<Channel> out = EnumSet.noneOf(Channel.class);
        wires.stream().map(String::strip).map(Channel::fromWire).forEach(out::add);
        return out;
    }

    private static List<String> wires(Set<Channel> channels) {
        return channels.stream().map(Channel::wire).sorted().toList();
    }

    /** A PUT without a JSON body is a 422, not a NullPointerException. */
    private static void requireBody(Object body) {
        if (body == null) {
            throw new ValidationException("a body is required");
        }
    }
}
