package ru.agentiq.core.guardrails;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.internal.text.PhrasePattern;

/**
 * A named list of phrases a reply must not contain, with the severity per channel (a channel without a severity
 * does not check the category).
 *
 * <p>Phrase syntax: words matched whole, with Unicode-aware boundaries; {@code {a,b}} at the end of a word lists
 * alternative endings ({@code бот{,а,у,ом}}); {@code *} at the end of the last word matches any continuation
 * ({@code компенсаци*}). Case, {@code ё/е}, look-alike Latin letters, invisible characters, punctuation inside a
 * word and stretched letters do not help a phrase escape.
 *
 * @param name       lower-case identifier, for example {@code ai_mention}
 * @param severities severity per channel that checks this category
 * @param phrases    the phrases, each valid in the syntax above, without duplicates
 */
public record PhraseCategory(String name, Map<Channel, Severity> severities, List<String> phrases) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,49}");

    public PhraseCategory {
        Checks.required(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new ValidationException("category name must be 1..50 lower-case letters, digits or _ starting with"
                    + " a letter, was '" + name + "'");
        }
        Checks.required(severities, "severities");
        Map<Channel, Severity> copy = new EnumMap<>(Channel.class);
        severities.forEach((channel, severity) -> copy.put(Checks.required(channel, "severities channel"),
                Checks.required(severity, "severity of " + name + " on " + channel.wire())));
        severities = Collections.unmodifiableMap(copy);
        Checks.required(phrases, "phrases");
        List<String> unique = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String phrase : phrases) {
            String source = PhrasePattern.parse(phrase).source();
            if (seen.add(source.toLowerCase(Locale.ROOT))) {
                unique.add(source);
            }
        }
        phrases = List.copyOf(unique);
    }

    /** A category with the same severity on every listed channel. */
    public static PhraseCategory of(String name, Severity severity, List<Channel> channels, List<String> phrases) {
        Map<Channel, Severity> severities = new EnumMap<>(Channel.class);
        channels.forEach(channel -> severities.put(channel, severity));
        return new PhraseCategory(name, severities, phrases);
    }

    /** The severity on {@code channel}, empty when the channel does not check this category. */
    public Optional<Severity> severityOn(Channel channel) {
        return Optional.ofNullable(severities.get(channel));
    }

    /** A copy with {@code added} appended (phrases already present are kept once). */
    public PhraseCategory withPhrases(List<String> added) {
        List<String> all = new ArrayList<>(phrases);
        all.addAll(added);
        return new PhraseCategory(name, severities, all);
    }

    /**
     * A copy without {@code removed}. A phrase is removed when it equals an entry as written or that entry's display
     * form, ignoring case ({@code бот} removes {@code бот{,а,у,ом}}).
     *
     * @throws ValidationException when a phrase to remove is not in the category
     */
    public PhraseCategory withoutPhrases(List<String> removed) {
        List<String> remaining = new ArrayList<>(phrases);
        for (String phrase : removed) {
            int at = indexOf(remaining, Checks.required(phrase, "phrase").strip());
            if (at < 0) {
                throw new ValidationException("category " + name + " has no phrase '" + phrase + "'");
            }
            remaining.remove(at);
        }
        return new PhraseCategory(name, severities, remaining);
    }

    /** A copy with {@code severity} on {@code channel}, or not checked there when {@code severity} is null. */
    public PhraseCategory withSeverity(Channel channel, Severity severity) {
        Map<Channel, Severity> copy = new EnumMap<>(Channel.class);
        copy.putAll(severities);
        if (severity == null) {
            copy.remove(channel);
        } else {
            copy.put(channel, severity);
        }
        return new PhraseCategory(name, copy, phrases);
    }

    private static int indexOf(List<String> phrases, String wanted) {
        String key = wanted.toLowerCase(Locale.ROOT);
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i);
            if (phrase.toLowerCase(Locale.ROOT).equals(key)
                    || PhrasePattern.parse(phrase).display().toLowerCase(Locale.ROOT).equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
