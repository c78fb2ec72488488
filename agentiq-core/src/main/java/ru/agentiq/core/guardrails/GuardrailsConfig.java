package ru.agentiq.core.guardrails;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.internal.text.PhrasePattern;

/**
 * What the reply guardrails check, per seller if needed: banned phrase categories, the unsolicited-return rule and
 * length limits. {@link #defaults()} is the seed's rule set: four categories strict on the public channels (reviews
 * and questions), relaxed on private chats (AI mentions are errors, blame a warning, the rest unchecked); a reply may
 * mention returns only when the buyer asked; replies of 20..500 characters on public channels and up to 1000 in chats
 * (length problems are warnings).
 *
 * <p>Immutable; derive variants with {@link #toBuilder()}. Two equal configs compile to equivalent
 * {@link Guardrails}.
 *
 * @param categories        banned phrase categories, checked in this order
 * @param returnMentions    phrases of a reply that mention a return or exchange
 * @param returnTriggers    phrases of the buyer's text that mean the buyer asked for one
 * @param returnSeverities  severity of an unsolicited return mention per channel (absent: not checked)
 * @param maxLengths        longest reply per channel, in characters (absent: no limit)
 * @param minLengths        shortest reply per channel, in characters (absent: no limit)
 */
public record GuardrailsConfig(
        List<PhraseCategory> categories,
        List<String> returnMentions,
        List<String> returnTriggers,
        Map<Channel, Severity> returnSeverities,
        Map<Channel, Integer> maxLengths,
        Map<Channel, Integer> minLengths) {

    public static final String AI_MENTION = "ai_mention";
    public static final String PROMISE = "promise";
    public static final String BLAME = "blame";
    public static final String DISMISSIVE = "dismissive";
    public static final String LEGAL = "legal";
    public static final String JARGON = "jargon";

    /** Mentions of AI, bots and automation (seed §c.1, with inflected forms). */
    public static final List<String> DEFAULT_AI_MENTION_PHRASES = List.of(
            "ИИ",
            "бот{,а,у,ом,е,ы,ов,ам,ами,ах}",
            "нейросет{ь,и,ью,ей,ям,ями,ях}",
            "GPT{,4,4o,5}",
            "ChatGPT{,4}",
            "автоматическ{ий,ого,ому,им,ом} ответ{,а,у,ом,е,ы,ов}",
            "искусственн{ый,ого,ому,ым,ом} интеллект{,а,у,ом,е}",
            "нейронн{ая,ой,ую,ые,ых,ыми} сет{ь,и,ью,ей,ям,ями,ях}");

    /** Promises a seller cannot keep on WB's behalf: refunds, free replacements, delivery dates (seed §c.1). */
    public static final List<String> DEFAULT_PROMISE_PHRASES = List.of(
            "вернём деньги",
            "вернём вам деньги",
            "гарантируем возврат{,а}",
            "гарантируем замену",
            "полный возврат{,а}",
            "бесплатн{ая,ую,ой} замен{а,у,ой}",
            "компенсируем",
            "компенсаци{я,и,ю,ей}",
            "мы одобрим возврат",
            "мы одобрим заявку",
            "доставим завтра",
            "отменим ваш заказ",
            "ускорим доставку");

    /** Phrases that blame the buyer (seed §c.1). */
    public static final List<String> DEFAULT_BLAME_PHRASES = List.of(
            "вы неправильно",
            "вы не так",
            "ваша вина",
            "сами виноваты",
            "вы ошиблись",
            "ваша ошибка");

    /** Phrases that brush the buyer off (seed §c.1). */
    public static final List<String> DEFAULT_DISMISSIVE_PHRASES = List.of(
            "обратитесь в поддержку",
            "напишите в поддержку",
            "мы не можем повлиять");

    /** Admissions with legal weight; not checked by default, used by the auto-response checker (seed §c.1). */
    public static final List<String> DEFAULT_LEGAL_PHRASES = List.of(
            "характеристики не соответствуют",
            "наша ошибка",
            "мы виноваты");

    /** Marketplace jargon and stiff forms of address; not checked by default (seed §c.1). */
    public static final List<String> DEFAULT_JARGON_PHRASES = List.of(
            "уважаемый клиент",
            "уважаемый покупатель",
            "пересорт",
            "FBO",
            "FBS",
            "SKU");

    /** Words of a reply that bring up a return or exchange (seed §c.3, as stems). */
    public static final List<String> DEFAULT_RETURN_MENTIONS = List.of(
            "возврат*", "вернуть", "верн{ём,ёте,ите}", "замен*", "обмен*");

    /** Words of the buyer's text that ask for a return or exchange, in any inflection (seed §c.3, QUIRK fixed). */
    public static final List<String> DEFAULT_RETURN_TRIGGERS = List.of(
            "возврат*", "вернуть", "верн{ите,ёте,ём,у}", "замен*", "обмен*", "поменя*");

    public static final int DEFAULT_PUBLIC_MAX_LENGTH = 500;
    public static final int DEFAULT_CHAT_MAX_LENGTH = 1000;
    public static final int DEFAULT_PUBLIC_MIN_LENGTH = 20;
    /** No configured length limit may exceed this (the reply endpoint accepts at most 5000 characters). */
    public static final int MAX_LENGTH_LIMIT = 5000;

    private static final GuardrailsConfig DEFAULTS = buildDefaults();

    public GuardrailsConfig {
        Checks.required(categories, "categories");
        categories = List.copyOf(categories);
        List<String> names = new ArrayList<>();
        for (PhraseCategory category : categories) {
            if (names.contains(category.name())) {
                throw new ValidationException("category " + category.name() + " is listed twice");
            }
            names.add(category.name());
        }
        returnMentions = phrases(returnMentions, "returnMentions");
        returnTriggers = phrases(returnTriggers, "returnTriggers");
        returnSeverities = copy(Checks.required(returnSeverities, "returnSeverities"));
        maxLengths = limits(maxLengths, "maxLengths");
        minLengths = limits(minLengths, "minLengths");
        for (Map.Entry<Channel, Integer> min : minLengths.entrySet()) {
            Integer max = maxLengths.get(min.getKey());
            if (max != null && min.getValue() > max) {
                throw new ValidationException("minimum length on " + min.getKey().wire() + " must not exceed the"
                        + " maximum " + max + ", was " + min.getValue());
            }
        }
    }

    /** The seed's rule set (see the class description). */
    public static GuardrailsConfig defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public OptionalInt maxLength(Channel channel) {
        Integer max = maxLengths.get(channel);
        return max == null ? OptionalInt.empty() : OptionalInt.of(max);
    }

    public OptionalInt minLength(Channel channel) {
        Integer min = minLengths.get(channel);
        return min == null ? OptionalInt.empty() : OptionalInt.of(min);
    }

    private static GuardrailsConfig buildDefaults() {
        List<Channel> publicChannels = List.of(Channel.REVIEW, Channel.QUESTION);
        PhraseCategory blame = PhraseCategory.of(BLAME, Severity.ERROR, publicChannels, DEFAULT_BLAME_PHRASES)
                .withSeverity(Channel.CHAT, Severity.WARNING);
        Map<Channel, Severity> returns = new EnumMap<>(Channel.class);
        returns.put(Channel.REVIEW, Severity.ERROR);
        returns.put(Channel.QUESTION, Severity.ERROR);
        Map<Channel, Integer> max = new EnumMap<>(Channel.class);
        max.put(Channel.REVIEW, DEFAULT_PUBLIC_MAX_LENGTH);
        max.put(Channel.QUESTION, DEFAULT_PUBLIC_MAX_LENGTH);
        max.put(Channel.CHAT, DEFAULT_CHAT_MAX_LENGTH);
        Map<Channel, Integer> min = new EnumMap<>(Channel.class);
        min.put(Channel.REVIEW, DEFAULT_PUBLIC_MIN_LENGTH);
        min.put(Channel.QUESTION, DEFAULT_PUBLIC_MIN_LENGTH);
        return new GuardrailsConfig(
                List.of(PhraseCategory.of(AI_MENTION, Severity.ERROR, List.of(Channel.values()),
                                DEFAULT_AI_MENTION_PHRASES),
                        PhraseCategory.of(PROMISE, Severity.ERROR, publicChannels, DEFAULT_PROMISE_PHRASES),
                        blame,
                        PhraseCategory.of(DISMISSIVE, Severity.ERROR, publicChannels, DEFAULT_DISMISSIVE_PHRASES)),
                DEFAULT_RETURN_MENTIONS, DEFAULT_RETURN_TRIGGERS, returns, max, min);
    }

    private static List<String> phrases(List<String> phrases, String field) {
        Checks.required(phrases, field);
        List<String> parsed = new ArrayList<>();
        for (String phrase : phrases) {
            parsed.add(PhrasePattern.parse(phrase).source());
        }
        return List.copyOf(parsed);
    }

    private static Map<Channel, Severity> copy(Map<Channel, Severity> source) {
        Map<Channel, Severity> copy = new EnumMap<>(Channel.class);
        source.forEach((channel, severity) -> copy.put(Checks.required(channel, "channel"),
                Checks.required(severity, "severity")));
        return Collections.unmodifiableMap(copy);
    }

    private static Map<Channel, Integer> limits(Map<Channel, Integer> source, String field) {
        Checks.required(source, field);
        Map<Channel, Integer> copy = new EnumMap<>(Channel.class);
        source.forEach((channel, limit) -> copy.put(Checks.required(channel, "channel"),
                Checks.inRange(Checks.required(limit, field), 1, MAX_LENGTH_LIMIT, field + " of " + channel.wire())));
        return Collections.unmodifiableMap(copy);
    }

    /** Mutable, single-use builder of a {@link GuardrailsConfig}; {@link #build()} validates. */
    public static final class Builder {
        private final List<PhraseCategory> categories;
        private List<String> returnMentions;
        private List<String> returnTriggers;
        private final Map<Channel, Severity> returnSeverities = new EnumMap<>(Channel.class);
        private final Map<Channel, Integer> maxLengths = new EnumMap<>(Channel.class);
        private final Map<Channel, Integer> minLengths = new EnumMap<>(Channel.class);

        private Builder(GuardrailsConfig base) {
            categories = new ArrayList<>(base.categories);
            returnMentions = base.returnMentions;
            returnTriggers = base.returnTriggers;
            returnSeverities.putAll(base.returnSeverities);
            maxLengths.putAll(base.maxLengths);
            minLengths.putAll(base.minLengths);
        }

        /** Adds phrases to an existing category. */
        public Builder addPhrases(String category, String... phrases) {
            int at = indexOf(category);
            categories.set(at, categories.get(at).withPhrases(List.of(phrases)));
            return this;
        }

        /** Removes phrases from an existing category (see {@link PhraseCategory#withoutPhrases}). */
        public Builder removePhrases(String category, String... phrases) {
            int at = indexOf(category);
            categories.set(at, categories.get(at).withoutPhrases(List.of(phrases)));
            return this;
        }

        /** Adds a category after the existing ones, or replaces the category of the same name in place. */
        public Builder category(PhraseCategory category) {
            Checks.required(category, "category");
            for (int i = 0; i < categories.size(); i++) {
                if (categories.get(i).name().equals(category.name())) {
                    categories.set(i, category);
                    return this;
                }
            }
            categories.add(category);
            return this;
        }

        public Builder removeCategory(String name) {
            categories.remove(indexOf(name));
            return this;
        }

        /** Sets a category's severity on a channel; null stops checking it there. */
        public Builder severity(String category, Channel channel, Severity severity) {
            int at = indexOf(category);
            categories.set(at, categories.get(at).withSeverity(Checks.required(channel, "channel"), severity));
            return this;
        }

        public Builder returnMentions(List<String> phrases) {
            this.returnMentions = Checks.required(phrases, "returnMentions");
            return this;
        }

        public Builder returnTriggers(List<String> phrases) {
            this.returnTriggers = Checks.required(phrases, "returnTriggers");
            return this;
        }

        /** Severity of an unsolicited return mention on a channel; null stops checking it there. */
        public Builder returnSeverity(Channel channel, Severity severity) {
            Checks.required(channel, "channel");
            if (severity == null) {
                returnSeverities.remove(channel);
            } else {
                returnSeverities.put(channel, severity);
            }
            return this;
        }

        /** Longest reply on a channel (1..5000); null removes the limit. */
        public Builder maxLength(Channel channel, Integer characters) {
            return limit(maxLengths, channel, characters);
        }

        /** Shortest reply on a channel (1..5000); null removes the limit. */
        public Builder minLength(Channel channel, Integer characters) {
            return limit(minLengths, channel, characters);
        }

        public GuardrailsConfig build() {
            return new GuardrailsConfig(categories, returnMentions, returnTriggers, returnSeverities, maxLengths,
                    minLengths);
        }

        private Builder limit(Map<Channel, Integer> limits, Channel channel, Integer characters) {
            Checks.required(channel, "channel");
            if (characters == null) {
                limits.remove(channel);
            } else {
                limits.put(channel, characters);
            }
            return this;
        }

        private int indexOf(String name) {
            Checks.required(name, "category");
            for (int i = 0; i < categories.size(); i++) {
                if (categories.get(i).name().equals(name)) {
                    return i;
                }
            }
            throw new ValidationException("no category named '" + name + "'");
        }
    }
}
