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
        List<String> words = new ArrayList<>();
        scan(text, (buf, len, hash) -> words.add(new String(buf, 0, len)));
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
        int[][] holder = {new int[16]};
        int[] count = {0};
        scan(text, (buf, len, hash) -> {
            if (count[0] == holder[0].length) {
                holder[0] = Arrays.copyOf(holder[0], count[0] * 2);
            }
            holder[0][count[0]++] = interner.intern(buf, len, hash);
        });
        int n = count[0];
        if (n == 0) {
            return NO_IDS;
        }
        int[] ids = holder[0];
        Arrays.sort(ids, 0, n);
        int distinct = 1;
        for (int i = 1; i < n; i++) {
            if (ids[i] != ids[distinct - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, distinct);
    }

    /** Receives each word as a folded character buffer and its {@link Interner#hash}. */
    @FunctionalInterface
    interface WordSink {
        void word(char[] buf, int len, int hash);
    }

    /** Splits {@code text} into words as {@link #tokens} describes and hands each to {@code sink}. */
    static void scan(String text, WordSink sink) {
        if (text == null || text.isEmpty()) {
            return;
        }
        char[] buf = new char[32];
        int len = 0;
        int hash = 0;
        int n = text.length();
        for (int i = 0; i <= n; ) {
            int cp;
            if (i < n) {
                cp = text.codePointAt(i);
                i += Character.charCount(cp);
            } else {
                cp = ' ';
                i++;
            }
            if (isWordChar(cp)) {
                int folded = fold(cp);
                if (len + 2 > buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                if (Character.isBmpCodePoint(folded)) {
                    buf[len++] = (char) folded;
                    hash = 31 * hash + folded;
                } else {
                    char hi = Character.highSurrogate(folded);
                    char lo = Character.lowSurrogate(folded);
                    buf[len++] = hi;
                    buf[len++] = lo;
                    hash = 31 * (31 * hash + hi) + lo;
                }
            } else if (len > 0) {
                if (len > MIN_TOKEN_LENGTH_EXCLUSIVE) {
                    sink.word(buf, len, Interner.hash(hash));
                }
                len = 0;
                hash = 0;
            }
        }
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
