package ru.agentiq.core.autoresponse;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.internal.Checks;

/**
 * A seller's auto-response settings (seed §b.3 document, §h.1 scenarios). Immutable; {@link #defaults()},
 * {@link #builder()} or {@link #preset(Preset)}. The three block intents ({@code defect_not_working},
 * {@code wrong_item}, {@code quality_complaint}) are always {@code block}: a configuration that tries otherwise is
 * rejected.
 *
 * @param enabled       master switch (default off)
 * @param channels      channels the pipeline may answer on (default review)
 * @param nmIds         products it may answer about; empty means all
 * @param scenarios     rule per intent
 * @param legacyIntents intents answered when no scenario exists for them (the older list setting; default thanks)
 * @param promoSentence appended to 5-star review answers when set; nullable
 * @param delay         wait after each send
 * @param maxPerRun     most answers per seller per run (1..100; seed 10)
 */
public record AutoResponseConfig(boolean enabled, Set<Channel> channels, Set<String> nmIds,
        Map<String, Scenario> scenarios, Set<String> legacyIntents, String promoSentence, DelayPolicy delay,
        int maxPerRun) {

    /** Intents that can never be answered unattended. */
    public static final Set<String> BLOCK_INTENTS = Set.of("defect_not_working", "wrong_item", "quality_complaint");
    public static final int DEFAULT_MAX_PER_RUN = 10;

    /** The seed's default scenarios. */
    public static final Map<String, Scenario> DEFAULT_SCENARIOS = defaultScenarios();

    private static final AutoResponseConfig DEFAULTS = builder().build();

    public AutoResponseConfig {
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
        nmIds = nmIds == null ? Set.of() : Set.copyOf(nmIds.stream().map(String::strip).toList());
        Checks.required(scenarios, "scenarios");
        Map<String, Scenario> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Scenario> e : scenarios.entrySet()) {
            if (!e.getKey().equals(e.getValue().intent())) {
                throw new ValidationException("scenario key " + e.getKey() + " must match its intent "
                        + e.getValue().intent());
            }
            copy.put(e.getKey(), e.getValue());
        }
        for (String blocked : BLOCK_INTENTS) {
            Scenario s = copy.get(blocked);
            if (s == null) {
                copy.put(blocked, DEFAULT_SCENARIOS.get(blocked));
            } else if (s.action() != ScenarioAction.BLOCK || !s.enabled()) {
                throw new ValidationException("scenario " + blocked + " must stay an enabled block; it can never be"
                        + " answered unattended");
            }
        }
        scenarios = java.util.Collections.unmodifiableMap(copy);
        legacyIntents = legacyIntents == null ? Set.of() : Set.copyOf(legacyIntents);
        promoSentence = Checks.optionalText(promoSentence, "promoSentence", 200);
        Checks.required(delay, "delay");
        Checks.inRange(maxPerRun, 1, 100, "maxPerRun");
    }

    public static AutoResponseConfig defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The named presets (seed §h.2). */
    public enum Preset {
        /** Reviews only, thanks only. */
        SAFE,
        /** Reviews and questions; thanks, delivery status and pre-purchase intents. */
        BALANCED,
        /** Every channel; the balanced set plus refunds answered automatically. */
        MAX;

        public static Preset fromWire(String value) {
            if (value != null) {
                for (Preset p : values()) {
                    if (p.name().equalsIgnoreCase(value.strip())) {
                        return p;
                    }
                }
            }
            throw new ValidationException("preset must be one of safe|balanced|max, was '" + value + "'");
        }
    }

    /**
     * A preset built from the default scenarios: every non-block scenario off, then the preset's on, with its channels.
     * The block intents stay blocked. The result is enabled.
     */
    public static AutoResponseConfig preset(Preset preset) {
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        DEFAULT_SCENARIOS.forEach((intent, s) -> scenarios.put(intent,
                BLOCK_INTENTS.contains(intent) ? s : s.withEnabled(false)));
        List<String> on = switch (preset) {
            case SAFE -> List.of("thanks");
            case BALANCED, MAX -> List.of("thanks", "delivery_status", "pre_purchase", "sizing_fit", "availability",
                    "compatibility");
        };
        on.forEach(intent -> scenarios.computeIfPresent(intent, (k, s) -> s.withEnabled(true)));
        if (preset == Preset.MAX) {
            scenarios.computeIfPresent("refund_exchange", (k, s) -> s.withAction(ScenarioAction.AUTO)
                    .withEnabled(true));
        }
        Set<Channel> channels = switch (preset) {
            case SAFE -> Set.of(Channel.REVIEW);
            case BALANCED -> Set.of(Channel.REVIEW, Channel.QUESTION);
            case MAX -> Set.of(Channel.REVIEW, Channel.QUESTION, Channel.CHAT);
        };
        return builder().enabled(true).channels(channels).scenarios(scenarios).build();
    }

    private static Map<String, Scenario> defaultScenarios() {
        Set<Channel> all = Set.of();
        Set<Channel> qc = Set.of(Channel.QUESTION, Channel.CHAT);
        Map<String, Scenario> m = new LinkedHashMap<>();
        m.put("thanks", new Scenario("thanks", ScenarioAction.AUTO, Set.of(Channel.REVIEW), true));
        m.put("delivery_status", new Scenario("delivery_status", ScenarioAction.AUTO,
                Set.of(Channel.REVIEW, Channel.QUESTION, Channel.CHAT), false));
        for (String intent : List.of("pre_purchase", "sizing_fit", "availability", "compatibility")) {
            m.put(intent, new Scenario(intent, ScenarioAction.AUTO, qc, false));
        }
        m.put("refund_exchange", new Scenario("refund_exchange", ScenarioAction.DRAFT, all, false));
        for (String intent : List.of("defect_not_working", "wrong_item", "quality_complaint")) {
            m.put(intent, new Scenario(intent, ScenarioAction.BLOCK, all, true));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Builder starting from the seed's defaults (off, reviews, default scenarios, legacy thanks, 10 per run). */
    public static final class Builder {
        private boolean enabled;
        private Set<Channel> channels = Set.of(Channel.REVIEW);
        private Set<String> nmIds = Set.of();
        private Map<String, Scenario> scenarios = new LinkedHashMap<>(DEFAULT_SCENARIOS);
        private Set<String> legacyIntents = Set.of("thanks");
        private String promoSentence;
        private DelayPolicy delay = DelayPolicy.DEFAULT;
        private int maxPerRun = DEFAULT_MAX_PER_RUN;

        private Builder() {
        }

        public Builder enabled(boolean value) {
            this.enabled = value;
            return this;
        }

        public Builder channels(Set<Channel> value) {
            this.channels = value;
            return this;
        }

        public Builder nmIds(Set<String> value) {
            this.nmIds = value;
            return this;
        }

        public Builder scenarios(Map<String, Scenario> value) {
            this.scenarios = new LinkedHashMap<>(value);
            return this;
        }

        /** Sets or replaces one scenario. */
        public Builder scenario(Scenario value) {
            this.scenarios.put(value.intent(), value);
            return this;
        }

        public Builder legacyIntents(Set<String> value) {
            this.legacyIntents = value;
            return this;
        }

        public Builder promoSentence(String value) {
            this.promoSentence = value;
            return this;
        }

        public Builder delay(DelayPolicy value) {
            this.delay = value;
            return this;
        }

        public Builder maxPerRun(int value) {
            this.maxPerRun = value;
            return this;
        }

        public AutoResponseConfig build() {
            return new AutoResponseConfig(enabled, channels, nmIds, scenarios, legacyIntents, promoSentence, delay,
                    maxPerRun);
        }
    }
}
