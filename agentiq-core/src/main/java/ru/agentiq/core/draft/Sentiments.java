package ru.agentiq.core.draft;

import java.util.regex.Pattern;

/** The fallback sentiment rule (seed §b.5), on word starts instead of substrings. */
public final class Sentiments {

    private static final Pattern NEGATIVE = Pattern.compile(
            "(?<![\\p{L}])(?:плох|ужас|кошмар|разочаров)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POSITIVE = Pattern.compile(
            "(?<![\\p{L}])(?:отличн|спасибо|супер|класс)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Sentiments() {
    }

    /** {@code negative} if any negative word, else {@code positive} if any positive word, else {@code neutral}. */
    public static String of(String text) {
        if (text == null) {
            return "neutral";
        }
        if (NEGATIVE.matcher(text).find()) {
            return "negative";
        }
        return POSITIVE.matcher(text).find() ? "positive" : "neutral";
    }
}
