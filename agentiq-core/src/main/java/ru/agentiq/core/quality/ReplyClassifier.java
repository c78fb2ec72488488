package ru.agentiq.core.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import ru.agentiq.core.interaction.ExtraData;

/**
 * Classifies a sent reply against the last AI draft (seed §e.1): the texts are compared after normalisation (trimmed,
 * lower-cased, every run of whitespace collapsed to one space); equal means {@code draft_accepted}, different
 * {@code draft_edited}, no draft {@code reply_manual}. Beyond the seed, an edited reply also gets its Levenshtein
 * distance to the draft and that distance as a share of the longer text. Stateless and thread-safe.
 */
public final class ReplyClassifier {

    /** The extra-data key holding the last draft ({@code {text, source, …}}). */
    public static final String LAST_AI_DRAFT = "last_ai_draft";

    private static final ReplyClassifier INSTANCE = new ReplyClassifier();

    private ReplyClassifier() {
    }

    public static ReplyClassifier instance() {
        return INSTANCE;
    }

    /** Classifies {@code reply} against the {@value #LAST_AI_DRAFT} object of {@code extraData}, if any. */
    public ReplyClassification classify(ExtraData extraData, String reply) {
        if (extraData != null && extraData.get(LAST_AI_DRAFT).orElse(null) instanceof Map<?, ?> draft) {
            String text = draft.get("text") instanceof String s ? s : null;
            String source = draft.get("source") instanceof String s ? s : null;
            return classify(text, source, reply);
        }
        return classify(null, null, reply);
    }

    /**
     * Classifies {@code reply} against {@code draftText}.
     *
     * @param draftText   the draft shown to the operator; null or blank means there was none
     * @param draftSource where that draft came from; ignored without a draft
     * @param reply       what was sent
     */
    public ReplyClassification classify(String draftText, String draftSource, String reply) {
        if (draftText == null || draftText.isBlank()) {
            return new ReplyClassification(ReplyOutcome.REPLY_MANUAL, null, -1, null);
        }
        String draft = normalise(draftText);
        String sent = normalise(reply == null ? "" : reply);
        if (draft.equals(sent)) {
            return new ReplyClassification(ReplyOutcome.DRAFT_ACCEPTED, draftSource, 0, BigDecimal.ZERO.setScale(4));
        }
        int distance = levenshtein(draft, sent);
        int longer = Math.max(draft.length(), sent.length());
        BigDecimal ratio = BigDecimal.valueOf(distance).divide(BigDecimal.valueOf(longer), 4, RoundingMode.HALF_UP);
        return new ReplyClassification(ReplyOutcome.DRAFT_EDITED, draftSource, distance, ratio);
    }

    /** Trimmed, lower-cased, whitespace runs collapsed to one space. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Edit distance with unit costs, two rows of memory. */
    static int levenshtein(String a, String b) {
        if (a.length() < b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        int m = b.length();
        if (m == 0) {
            return a.length();
        }
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[m];
    }
}
