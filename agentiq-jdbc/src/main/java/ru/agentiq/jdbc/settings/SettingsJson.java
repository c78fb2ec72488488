package ru.agentiq.jdbc.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import ru.agentiq.core.autoresponse.AutoResponseConfig;
import ru.agentiq.core.autoresponse.DelayPolicy;
import ru.agentiq.core.autoresponse.Scenario;
import ru.agentiq.core.autoresponse.ScenarioAction;
import ru.agentiq.core.draft.DraftSettings;
import ru.agentiq.core.draft.Tone;
import ru.agentiq.core.guardrails.GuardrailsConfig;
import ru.agentiq.core.guardrails.PhraseCategory;
import ru.agentiq.core.guardrails.Severity;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.WireValue;
import ru.agentiq.core.priority.ChatIntent;
import ru.agentiq.core.priority.ChatSlaTable;
import ru.agentiq.core.priority.IntentSla;
import ru.agentiq.core.priority.OpeningHours;
import ru.agentiq.core.priority.PriorityConfig;
import ru.agentiq.core.priority.SlaCalendar;
import ru.agentiq.core.promo.PromoAudience;
import ru.agentiq.core.promo.PromoCode;
import ru.agentiq.core.promo.PromoSettings;

/**
 * The JSON documents of each settings area, snake_case. Reading is lenient where the seed is (unknown fields are
 * ignored, a missing field takes its default) and strict where a guess would be wrong (a field of the wrong type or a
 * value the settings' rules reject throws, which {@link SettingsDocument} reports as unreadable settings).
 */
final class SettingsJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SettingsJson() {
    }

    // ---- priority (sla_config_v1) ----

    static JsonNode priority(PriorityConfig c) {
        ObjectNode root = NODES.objectNode();
        ObjectNode sla = root.putObject("chat_sla");
        c.chatSla().overrides().forEach((intent, s) -> sla.putObject(intent.wire())
                .put("priority", s.priority().wire()).put("sla_minutes", s.slaMinutes()));
        ObjectNode calendar = root.putObject("calendar");
        calendar.put("zone", c.calendar().zone().getId());
        calendar.put("mode", c.calendar().mode().name().toLowerCase(Locale.ROOT));
        ObjectNode hours = calendar.putObject("opening_hours");
        c.calendar().openingHours().forEach((day, windows) -> {
            ArrayNode list = hours.putArray(day.name().toLowerCase(Locale.ROOT));
            windows.forEach(w -> list.add(w.opens() + "-"
                    + (w.closes().equals(LocalTime.MIDNIGHT) ? "24:00" : w.closes().toString())));
        });
        root.put("due_soon_window", c.dueSoonWindow().toString());
        root.put("intent_fallback_enabled", c.intentFallbackEnabled());
        root.put("intent_fallback_timeout", c.intentFallbackTimeout().toString());
        return root;
    }

    static PriorityConfig priority(JsonNode root) {
        PriorityConfig d = PriorityConfig.defaults();
        PriorityConfig.Builder b = PriorityConfig.builder();
        JsonNode sla = object(root, "chat_sla");
        if (sla != null) {
            Map<ChatIntent, IntentSla> overrides = new EnumMap<>(ChatIntent.class);
            sla.fields().forEachRemaining(e -> {
                ChatIntent intent = ChatIntent.fromWire(e.getKey());
                JsonNode v = requireObject(e.getValue(), "chat_sla." + e.getKey());
                // the seed's rule for a partial entry: missing priority is normal, missing minutes are 240
                overrides.put(intent, new IntentSla(wire(Priority.class, v, "priority", Priority.NORMAL),
                        integer(v, "sla_minutes", 240)));
            });
            b.chatSla(new ChatSlaTable(overrides));
        }
        JsonNode calendar = object(root, "calendar");
        if (calendar != null) {
            SlaCalendar dc = d.calendar();
            ZoneId zone = ZoneId.of(text(calendar, "zone", dc.zone().getId()));
            String mode = text(calendar, "mode", dc.mode().name());
            Map<DayOfWeek, List<OpeningHours>> openingHours = new EnumMap<>(DayOfWeek.class);
            JsonNode hours = object(calendar, "opening_hours");
            if (hours != null) {
                hours.fields().forEachRemaining(e -> {
                    DayOfWeek day = DayOfWeek.valueOf(e.getKey().toUpperCase(Locale.ROOT));
                    openingHours.put(day, strings(hours, e.getKey(), List.of()).stream()
                            .map(OpeningHours::parse).toList());
                });
            }
            b.calendar(new SlaCalendar(zone, openingHours,
                    SlaCalendar.DeadlineMode.valueOf(mode.toUpperCase(Locale.ROOT))));
        }
        return b.dueSoonWindow(duration(root, "due_soon_window", d.dueSoonWindow()))
                .intentFallbackEnabled(bool(root, "intent_fallback_enabled", d.intentFallbackEnabled()))
                .intentFallbackTimeout(duration(root, "intent_fallback_timeout", d.intentFallbackTimeout()))
                .build();
    }

    // ---- draft (ai_settings_v1) ----

    static JsonNode draft(DraftSettings s) {
        return NODES.objectNode().put("tone", s.tone().wire()).put("llm_enabled", s.llmEnabled())
                .put("llm_provider", s.provider()).put("llm_model", s.model());
    }

    static Function<JsonNode, DraftSettings> draftReader(DraftSettings defaults) {
        return root -> new DraftSettings(wire(Tone.class, root, "tone", defaults.tone()),
                bool(root, "llm_enabled", defaults.llmEnabled()), text(root, "llm_provider", defaults.provider()),
                text(root, "llm_model", defaults.model()));
    }

    // ---- general (general_settings_v1) ----

    static JsonNode general(Integer replyPendingWindowMinutes) {
        return NODES.objectNode().put("reply_pending_window_minutes", replyPendingWindowMinutes);
    }

    /** Null when the document has no window: the seller then has none of its own. */
    static Integer general(JsonNode root) {
        JsonNode v = root.get("reply_pending_window_minutes");
        return v == null || v.isNull() ? null : integer(root, "reply_pending_window_minutes", 0);
    }

    // ---- auto-response (auto_response_v1, auto_response_sandbox_v1) ----

    static JsonNode autoResponse(AutoResponseConfig c) {
        ObjectNode root = NODES.objectNode();
        root.put("enabled", c.enabled());
        root.set("channels", wires(c.channels()));
        root.set("nm_ids", sorted(c.nmIds()));
        ObjectNode scenarios = root.putObject("scenarios");
        c.scenarios().forEach((intent, s) -> {
            ObjectNode n = scenarios.putObject(intent);
            n.put("action", s.action().wire());
            n.set("channels", wires(s.channels()));
            n.put("enabled", s.enabled());
        });
        root.set("legacy_intents", sorted(c.legacyIntents()));
        root.put("promo_sentence", c.promoSentence());
        DelayPolicy delay = c.delay();
        root.putObject("delay")
                .put("min_seconds", seconds(delay.min()))
                .put("max_seconds", seconds(delay.max()))
                .put("word_count_factor", seconds(delay.perWord()))
                .put("cap_seconds", seconds(delay.cap()));
        root.put("max_per_run", c.maxPerRun());
        return root;
    }

    static AutoResponseConfig autoResponse(JsonNode root) {
        AutoResponseConfig d = AutoResponseConfig.defaults();
        AutoResponseConfig.Builder b = AutoResponseConfig.builder()
                .enabled(bool(root, "enabled", d.enabled()))
                .channels(channels(root, "channels", d.channels()))
                .nmIds(Set.copyOf(strings(root, "nm_ids", List.copyOf(d.nmIds()))))
                .legacyIntents(Set.copyOf(strings(root, "legacy_intents", List.copyOf(d.legacyIntents()))))
                .promoSentence(text(root, "promo_sentence", d.promoSentence()))
                .maxPerRun(integer(root, "max_per_run", d.maxPerRun()));
        JsonNode scenarios = object(root, "scenarios");
        if (scenarios != null) {
            Map<String, Scenario> parsed = new LinkedHashMap<>();
            scenarios.fields().forEachRemaining(e -> {
                JsonNode s = requireObject(e.getValue(), "scenarios." + e.getKey());
                // the seed's merge rule for a partial scenario: block, every channel, off
                parsed.put(e.getKey(), new Scenario(e.getKey(), wire(ScenarioAction.class, s, "action",
                        ScenarioAction.BLOCK), channels(s, "channels", Set.of()), bool(s, "enabled", false)));
            });
            b.scenarios(parsed);
        }
        JsonNode delay = object(root, "delay");
        if (delay != null) {
            DelayPolicy dd = d.delay();
            b.delay(new DelayPolicy(secondsOf(delay, "min_seconds", dd.min()),
                    secondsOf(delay, "max_seconds", dd.max()), secondsOf(delay, "word_count_factor", dd.perWord()),
                    secondsOf(delay, "cap_seconds", dd.cap())));
        }
        return b.build();
    }

    static JsonNode sandbox(Boolean enabled) {
        return NODES.objectNode().put("enabled", enabled);
    }

    static Boolean sandbox(JsonNode root) {
        return bool(root, "enabled", false);
    }

    // ---- guardrails (guardrails_v1) ----

    static JsonNode guardrails(GuardrailsConfig c) {
        ObjectNode root = NODES.objectNode();
        ArrayNode categories = root.putArray("categories");
        for (PhraseCategory category : c.categories()) {
            ObjectNode n = categories.addObject();
            n.put("name", category.name());
            n.set("severities", byChannel(category.severities(), Severity::wire));
            ArrayNode phrases = n.putArray("phrases");
            category.phrases().forEach(phrases::add);
        }
        root.set("return_mentions", list(c.returnMentions()));
        root.set("return_triggers", list(c.returnTriggers()));
        root.set("return_severities", byChannel(c.returnSeverities(), Severity::wire));
        ObjectNode max = root.putObject("max_lengths");
        c.maxLengths().forEach((channel, limit) -> max.put(channel.wire(), limit));
        ObjectNode min = root.putObject("min_lengths");
        c.minLengths().forEach((channel, limit) -> min.put(channel.wire(), limit));
        return root;
    }

    static GuardrailsConfig guardrails(JsonNode root) {
        GuardrailsConfig d = GuardrailsConfig.defaults();
        List<PhraseCategory> categories = d.categories();
        JsonNode list = root.get("categories");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new IllegalArgumentException("categories must be an array");
            }
            categories = new ArrayList<>();
            for (JsonNode n : list) {
                requireObject(n, "categories element");
                categories.add(new PhraseCategory(text(n, "name", null), severities(n, "severities", Map.of()),
                        strings(n, "phrases", List.of())));
            }
        }
        return new GuardrailsConfig(categories,
                strings(root, "return_mentions", d.returnMentions()),
                strings(root, "return_triggers", d.returnTriggers()),
                severities(root, "return_severities", d.returnSeverities()),
                limits(root, "max_lengths", d.maxLengths()),
                limits(root, "min_lengths", d.minLengths()));
    }

    // ---- promo (promo_settings_v1) ----

    static JsonNode promo(PromoSettings s) {
        ObjectNode root = NODES.objectNode();
        ArrayNode codes = root.putArray("promo_codes");
        for (PromoCode code : s.codes()) {
            ObjectNode n = codes.addObject();
            n.put("code", code.code());
            n.put("discount", code.discount());
            n.put("active", code.active());
            n.put("expires_on", code.expiresOn() == null ? null : code.expiresOn().toString());
            ObjectNode flags = n.putObject("channels");
            for (PromoAudience audience : PromoAudience.values()) {
                flags.put(audience.wire(), code.offeredTo(audience));
            }
        }
        root.put("ai_suggests_promo", s.aiSuggestsPromo());
        root.put("warn_about_reviews", s.warnAboutReviews());
        return root;
    }

    static PromoSettings promo(JsonNode root) {
        PromoSettings d = PromoSettings.defaults();
        List<PromoCode> codes = new ArrayList<>();
        JsonNode list = root.get("promo_codes");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new IllegalArgumentException("promo_codes must be an array");
            }
            for (JsonNode n : list) {
                requireObject(n, "promo_codes element");
                String expires = text(n, "expires_on", null);
                codes.add(new PromoCode(text(n, "code", null), text(n, "discount", null), bool(n, "active", true),
                        expires == null ? null : LocalDate.parse(expires), audiences(object(n, "channels"))));
            }
        }
        return new PromoSettings(codes, bool(root, "ai_suggests_promo", d.aiSuggestsPromo()),
                bool(root, "warn_about_reviews", d.warnAboutReviews()));
    }

    /** A code's channel flags; a flag left out keeps its default (chats on, reviews off). */
    private static Set<PromoAudience> audiences(JsonNode flags) {
        if (flags == null) {
            return PromoAudience.DEFAULTS;
        }
        Set<PromoAudience> out = EnumSet.noneOf(PromoAudience.class);
        for (PromoAudience audience : PromoAudience.values()) {
            if (bool(flags, audience.wire(), audience.onByDefault())) {
                out.add(audience);
            }
        }
        return out;
    }

    // ---- helpers ----

    private static JsonNode object(JsonNode parent, String field) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return requireObject(v, field);
    }

    private static JsonNode requireObject(JsonNode v, String field) {
        if (!v.isObject()) {
            throw new IllegalArgumentException(field + " must be an object");
        }
        return v;
    }

    private static String text(JsonNode parent, String field, String fallback) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return v.textValue();
    }

    private static boolean bool(JsonNode parent, String field, boolean fallback) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(field + " must be true or false");
        }
        return v.booleanValue();
    }

    private static int integer(JsonNode parent, String field, int fallback) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException(field + " must be an integer");
        }
        return v.intValue();
    }

    private static Duration duration(JsonNode parent, String field, Duration fallback) {
        String v = text(parent, field, null);
        return v == null ? fallback : Duration.parse(v);
    }

    private static BigDecimal seconds(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)).stripTrailingZeros();
    }

    private static Duration secondsOf(JsonNode parent, String field, Duration fallback) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(field + " must be a number of seconds");
        }
        BigDecimal seconds = v.decimalValue();
        BigDecimal whole = new BigDecimal(seconds.toBigInteger());
        return Duration.ofSeconds(whole.longValueExact(),
                seconds.subtract(whole).movePointRight(9).setScale(0, java.math.RoundingMode.HALF_UP).longValue());
    }

    private static List<String> strings(JsonNode parent, String field, List<String> fallback) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(field + " must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException(field + " must be an array of strings");
            }
            out.add(item.textValue());
        }
        return out;
    }

    private static <E extends Enum<E> & WireValue> E wire(Class<E> type, JsonNode parent, String field, E fallback) {
        String v = text(parent, field, null);
        return v == null ? fallback : WireValue.parse(type, v, field);
    }

    private static Set<Channel> channels(JsonNode parent, String field, Set<Channel> fallback) {
        List<String> v = strings(parent, field, null);
        if (v == null) {
            return fallback;
        }
        Set<Channel> out = EnumSet.noneOf(Channel.class);
        v.forEach(w -> out.add(Channel.fromWire(w)));
        return out;
    }

    private static Map<Channel, Severity> severities(JsonNode parent, String field, Map<Channel, Severity> fallback) {
        JsonNode v = object(parent, field);
        if (v == null) {
            return fallback;
        }
        Map<Channel, Severity> out = new EnumMap<>(Channel.class);
        v.fields().forEachRemaining(e -> out.put(Channel.fromWire(e.getKey()),
                wire(Severity.class, v, e.getKey(), null)));
        return out;
    }

    private static Map<Channel, Integer> limits(JsonNode parent, String field, Map<Channel, Integer> fallback) {
        JsonNode v = object(parent, field);
        if (v == null) {
            return fallback;
        }
        Map<Channel, Integer> out = new EnumMap<>(Channel.class);
        v.fields().forEachRemaining(e -> out.put(Channel.fromWire(e.getKey()), integer(v, e.getKey(), 0)));
        return out;
    }

    private static <V> ObjectNode byChannel(Map<Channel, V> values, Function<V, String> wire) {
        ObjectNode out = NODES.objectNode();
        values.forEach((channel, v) -> out.put(channel.wire(), wire.apply(v)));
        return out;
    }

    private static ArrayNode wires(Collection<Channel> channels) {
        ArrayNode out = NODES.arrayNode();
        channels.stream().map(Channel::wire).sorted().forEach(out::add);
        return out;
    }

    private static ArrayNode sorted(Collection<String> values) {
        ArrayNode out = NODES.arrayNode();
        values.stream().sorted().forEach(out::add);
        return out;
    }

    private static ArrayNode list(List<String> values) {
        ArrayNode out = NODES.arrayNode();
        values.forEach(out::add);
        return out;
    }
}
