package ru.agentiq.core.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Word sets of buyer texts for the overlap signals: what two texts have in common, as a Jaccard index. */
final class TextTokens {

    /** Tokens must be longer than this to count; shorter ones are mostly prepositions and particles. */
    static final int MIN_TOKEN_LENGTH_EXCLUSIVE = 2;

    static final String[] NONE = new String[0];

    private TextTokens() {
    }

    /**
     * The distinct words of {@code text}, sorted: lower case, {@code ё} as {@code е}, split at every character that is
     * not a letter, digit or underscore, only words longer than two characters.
     */
    static String[] tokens(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            i += i < text.length() ? Character.charCount(cp) : 1;
            if (Character.isLetterOrDigit(cp) || cp == '_') {
                word.appendCodePoint(fold(cp));
            } else if (word.length() > 0) {
                if (word.length() > MIN_TOKEN_LENGTH_EXCLUSIVE) {
                    words.add(word.toString());
                }
                word.setLength(0);
            }
        }
        if (words.isEmpty()) {
            return NONE;
        }
        String[] sorted = words.toArray(NONE);
        Arrays.sort(sorted);
        int distinct = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (!sorted[i].equals(sorted[distinct - 1])) {
                sorted[distinct++] = sorted[i];
            }
        }
        return distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct);
    }

    /** Lower case with {@code ё} folded into {@code е}, as Russian writers use them interchangeably. */
    static int fold(int cp) {
        int lower = Character.toLowerCase(cp);
        return lower == 'ё' ? 'е' : lower;
    }

    /** Size of the intersection of two sorted, distinct arrays. */
    static int common(String[] a, String[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            int c = a[i].compareTo(b[j]);
            if (c == 0) {
                common++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** Size of the intersection of two sorted, distinct arrays of token ids. */
    static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            int x = a[i];
            int y = b[j];
            if (x == y) {
                common++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /**
     * Whether the Jaccard index {@code common / (a + b - common)} is at least {@code thresholdMillis / 1000}, decided
     * in integers so a boundary value such as exactly 0.45 counts.
     */
    static boolean jaccardAtLeast(int common, int sizeA, int sizeB, int thresholdMillis) {
        int union = sizeA + sizeB - common;
        return union > 0 && (long) common * 1000 >= (long) thresholdMillis * union;
    }
}
