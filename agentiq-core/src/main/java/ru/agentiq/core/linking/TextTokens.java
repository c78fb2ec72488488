package ru.agentiq.core.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Word sets of buyer texts for the overlap signals: what two texts have in common, as a Jaccard index. */
final class TextTokens {

    /** Tokens must be longer than this to count; shorter ones are mostly prepositions and particles. */
    static final int MIN_TOKEN_LENGTH_EXCLUSIVE = 2;

    static final String[] NONE = new String[0];
    private static final int[] NO_IDS = new int[0];

    private TextTokens() {
    }

    /**
     * The distinct words of {@code text}, sorted: lower case, {@code ё} as {@code е}, split at every character that is
     * not a letter, digit or underscore, only words longer than two characters.
     */
    static String[] tokens(String text) {
        List<String> words = words(text);
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

    /** The same word set as {@link #tokens(String)}, as sorted distinct ids from {@code interner}. */
    static int[] tokenIds(String text, Interner interner) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return NO_IDS;
        }
        int[] ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = interner.intern(words.get(i));
        }
        Arrays.sort(ids);
        int distinct = 1;
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] != ids[distinct - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return distinct == ids.length ? ids : Arrays.copyOf(ids, distinct);
    }

    private static List<String> words(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            i += i < text.length() ? Character.charCount(cp) : 1;
            if (isWordChar(cp)) {
                word.appendCodePoint(fold(cp));
            } else if (word.length() > 0) {
                if (word.length() > MIN_TOKEN_LENGTH_EXCLUSIVE) {
                    words.add(word.toString());
                }
                word.setLength(0);
            }
        }
        return words;
    }

    private static boolean isWordChar(int cp) {
        if (cp >= 'а' && cp <= 'я' || cp >= 'А' && cp <= 'Я' || cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z'
                || cp >= '0' && cp <= '9' || cp == '_') {
            return true;
        }
        return cp > 127 && Character.isLetterOrDigit(cp);
    }

    /** Lower case with {@code ё} folded into {@code е}, as Russian writers use them interchangeably. */
    static int fold(int cp) {
        if (cp >= 'а' && cp <= 'я' || cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
            return cp;
        }
        if (cp >= 'А' && cp <= 'Я') {
            return cp + ('а' - 'А');
        }
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
            // Branch-free steps: the outcome of each comparison is unpredictable.
            common += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
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
