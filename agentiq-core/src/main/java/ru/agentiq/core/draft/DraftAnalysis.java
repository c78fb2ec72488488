package ru.agentiq.core.draft;

import java.util.List;
import ru.agentiq.core.internal.Checks;

/**
 * What was read from the buyer's text alongside a draft: the model's JSON fields (seed §f), or the keyword fallback's
 * guess. Missing fields take the seed's defaults.
 *
 * @param intent               intent label ({@code other} when unknown); ≤ 64 characters
 * @param sentiment            {@code positive | neutral | negative}
 * @param urgency              {@code low | normal | high | critical}
 * @param categories           free labels the model gave; at most 20
 * @param recommendationReason why the draft says what it says; nullable
 * @param needsEscalation      whether a senior person should look
 * @param escalationReason     why; nullable
 */
public record DraftAnalysis(String intent, String sentiment, String urgency, List<String> categories,
        String recommendationReason, boolean needsEscalation, String escalationReason) {

    public static final String DEFAULT_INTENT = "other";
    public static final String DEFAULT_SENTIMENT = "neutral";
    public static final String DEFAULT_URGENCY = "normal";
    /** The seed's marker of a fallback analysis, kept so drafts built on it are labelled {@code fallback}. */
    public static final String FALLBACK_REASON = "Fallback: LLM unavailable";

    private static final List<String> SENTIMENTS = List.of("positive", "neutral", "negative");
    private static final List<String> URGENCIES = List.of("low", "normal", "high", "critical");

    public DraftAnalysis {
        intent = clean(intent, DEFAULT_INTENT, 64);
        sentiment = oneOf(sentiment, SENTIMENTS, DEFAULT_SENTIMENT);
        urgency = oneOf(urgency, URGENCIES, DEFAULT_URGENCY);
        categories = categories == null ? List.of()
                : categories.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).limit(20).toList();
        recommendationReason = Checks.optionalText(truncate(recommendationReason, 500), "recommendationReason", 500);
        escalationReason = Checks.optionalText(truncate(escalationReason, 500), "escalationReason", 500);
    }

    /** An analysis with only an intent and sentiment known. */
    public static DraftAnalysis of(String intent, String sentiment) {
        return new DraftAnalysis(intent, sentiment, null, List.of(), null, false, null);
    }

    private static String clean(String value, String fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        return v.length() > max ? v.substring(0, max) : v;
    }

    private static String oneOf(String value, List<String> allowed, String fallback) {
        if (value == null) {
            return fallback;
        }
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        return allowed.contains(v) ? v : fallback;
    }

    private static String truncate(String value, int max) {
        return value == null || value.strip().length() <= max ? value : value.strip().substring(0, max);
    }
}
