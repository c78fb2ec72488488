package ru.agentiq.core.internal.text;

/**
 * Character folding shared by phrases and the texts they are matched against: lower case, {@code ё → е}, Latin and
 * Greek letters that look like Cyrillic ones mapped onto them, full-width ASCII onto ASCII, and zero-width, format
 * and combining characters ignored. Because phrases go through the same folding as texts, {@code GPT} written with
 * a Cyrillic {@code Р} still meets the phrase {@code GPT}.
 *
 * <p>Digits {@code 0}, {@code 3} and {@code 6} read as {@code о}, {@code з} and {@code б} only when a letter stands
 * next to them ({@code б0т}), so ordinary numbers stay numbers.
 */
public final class TextFold {

    /** Raw characters below this bound are folded through precomputed tables. */
    static final int TABLE_SIZE = 0x0530;

    /** A letter, a digit or {@code %}: part of a word. */
    static final byte WORD = 0;
    /** Whitespace of any kind. */
    static final byte SPACE = 1;
    /** Punctuation, symbols, emoji halves: a separator that is not whitespace. */
    static final byte PUNCT = 2;
    /** Zero-width, format and combining characters: skipped as if absent. */
    static final byte IGNORABLE = 3;
    /** {@code 0}, {@code 3}, {@code 6}: a digit, or a letter when next to a letter. */
    static final byte DIGIT_HOMOGLYPH = 4;

    private static final char[] FOLD = new char[TABLE_SIZE];
    private static final byte[] KIND = new byte[TABLE_SIZE];

    private static final String HOMOGLYPHS_FROM = "abcehkmoptxyαβεηκμορτχυ";
    private static final String HOMOGLYPHS_TO = "авсенкмортхуавенкмортху";

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            KIND[c] = computeKind(c);
            FOLD[c] = computeFold(c);
        }
    }

    private TextFold() {
    }

    static byte kind(char c) {
        return c < TABLE_SIZE ? KIND[c] : computeKind(c);
    }

    /** The folded form of a word character (digits {@code 0/3/6} stay digits here; see {@link #digitAsLetter}). */
    static char fold(char c) {
        return c < TABLE_SIZE ? FOLD[c] : computeFold(c);
    }

    /** The letter a digit homoglyph reads as next to a letter. */
    static char digitAsLetter(char digit) {
        return switch (digit) {
            case '0' -> 'о';
            case '3' -> 'з';
            case '6' -> 'б';
            default -> digit;
        };
    }

    /** Whether {@code c} (already folded) is a Russian word of one letter, such as the conjunction {@code и}. */
    static boolean isOneLetterWord(char folded) {
        return switch (folded) {
            case 'а', 'в', 'и', 'к', 'о', 'с', 'у', 'я' -> true;
            default -> false;
        };
    }

    private static byte computeKind(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return computeKind((char) (c - 0xFEE0));
        }
        if (c == '0' || c == '3' || c == '6') {
            return DIGIT_HOMOGLYPH;
        }
        int type = Character.getType(c);
        if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.CONTROL && !Character.isWhitespace(c)) {
            return IGNORABLE;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        if (c == '%' || Character.isLetterOrDigit(c)) {
            return WORD;
        }
        return PUNCT;
    }

    private static char computeFold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        }
        char lower = Character.toLowerCase(c);
        if (lower == 'ё') {
            return 'е';
        }
        int glyph = HOMOGLYPHS_FROM.indexOf(lower);
        return glyph >= 0 ? HOMOGLYPHS_TO.charAt(glyph) : lower;
    }

    /**
     * Folds one word of a phrase: word characters folded, ignorable characters dropped, punctuation inside the word
     * dropped ({@code р-р} becomes {@code рр}), {@code и} with a combining breve read as {@code й}.
     */
    static String foldWord(String word) {
        StringBuilder out = new StringBuilder(word.length());
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            byte kind = kind(c);
            if (kind == WORD) {
                char f = fold(c);
                if (f == 'и' && i + 1 < n && word.charAt(i + 1) == '\u0306') {
                    f = 'й';
                    i++;
                }
                out.append(f);
            } else if (kind == DIGIT_HOMOGLYPH) {
                boolean nextToLetter = isLetterAround(word, i);
                out.append(nextToLetter ? digitAsLetter(c) : c);
            }
        }
        return out.toString();
    }

    /** {@link #isLetterAround(CharSequence, int)} over the first {@code n} characters of an array. */
    static boolean isLetterAround(char[] text, int n, int i) {
        return isLetterAround(java.nio.CharBuffer.wrap(text, 0, n), i);
    }

    /** Whether the nearest non-ignorable character before or after index {@code i} is a letter. */
    static boolean isLetterAround(CharSequence text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char d = text.charAt(j);
            byte kind = kind(d);
            if (kind != IGNORABLE) {
                if (Character.isLetter(d)) {
                    return true;
                }
                break;
            }
        }
        return isLetterAfter(text, i);
    }

    /** Whether the nearest non-ignorable character after index {@code i} is a letter. */
    static boolean isLetterAfter(CharSequence text, int i) {
        int n = text.length();
        for (int j = i + 1; j < n; j++) {
            char d = text.charAt(j);
            if (kind(d) != IGNORABLE) {
                return Character.isLetter(d);
            }
        }
        return false;
    }
}
