package ru.agentiq.core.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.agentiq.core.ValidationException;

/**
 * Finds every phrase of a fixed list in a text in one left-to-right pass: an Aho–Corasick automaton compiled into a
 * dense transition table over folded characters (see {@link TextFold}), with word boundaries as symbols.
 *
 * <p>Matching rules, on top of {@link PhrasePattern}'s syntax:
 * <ul>
 *   <li>Words meet only at Unicode-aware boundaries: {@code бот} is not found in {@code работа}, {@code суббота}
 *       or {@code ботинки}; {@code GPT} is found in {@code GPT-4}.</li>
 *   <li>Punctuation between two word characters ({@code б.о.т}, {@code б-о-т}, {@code ИИ-помощник}) counts both
 *       ways: as a word boundary and as nothing at all, whichever lets a phrase match.</li>
 *   <li>Single letters spaced apart ({@code Б O Т}) are read as one word, unless both neighbours are one-letter
 *       Russian words ({@code и и}), which people do write apart.</li>
 *   <li>A letter repeated in the text matches the same letter written fewer times in a phrase ({@code боооот} is
 *       {@code бот}; {@code ИИИ} contains {@code ИИ}), never the other way round.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; {@link #scan} allocates nothing but what the caller passes.
 */
public final class PhraseMatcher {

    private static final int S = 0;
    private static final int W = 1;
    private static final int OTHER = 2;
    private static final int FIRST_LETTER = 3;

    private static final short SPACE_CODE = -1;
    private static final short PUNCT_CODE = -2;
    private static final short IGNORABLE_CODE = -3;
    private static final short DIGIT_CODE = -4;

    /** Upper bound on automaton states, far above any sensible phrase list. */
    static final int MAX_STATES = 200_000;

    private final List<PhrasePattern> phrases;
    private final int alphabetSize;
    private final Map<Character, Integer> alphabet;
    private final short[] table;
    private final int[] delta;
    private final int[] outStart;
    private final int[] outIds;
    private final int start;
    private final int symI;
    private final int symShortI;

    private PhraseMatcher(List<PhrasePattern> phrases) {
        this.phrases = List.copyOf(phrases);
        this.alphabet = new HashMap<>();
        for (PhrasePattern phrase : phrases) {
            for (List<String> form : phrase.forms()) {
                for (String word : form) {
                    for (int i = 0; i < word.length(); i++) {
                        alphabet.computeIfAbsent(word.charAt(i), c -> FIRST_LETTER + alphabet.size());
                    }
                }
            }
        }
        this.alphabetSize = FIRST_LETTER + alphabet.size();
        this.table = new short[TextFold.TABLE_SIZE];
        for (char c = 0; c < TextFold.TABLE_SIZE; c++) {
            table[c] = code(c);
        }
        this.symI = alphabet.getOrDefault('и', OTHER);
        this.symShortI = alphabet.getOrDefault('й', OTHER);

        Trie trie = new Trie(alphabetSize);
        for (int id = 0; id < phrases.size(); id++) {
            PhrasePattern phrase = phrases.get(id);
            for (List<String> form : phrase.forms()) {
                int state = 0;
                for (int w = 0; w < form.size(); w++) {
                    state = trie.child(state, S, S);
                    String word = form.get(w);
                    for (int i = 0; i < word.length(); i++) {
                        int symbol = alphabet.get(word.charAt(i));
                        state = trie.child(state, symbol, symbol);
                    }
                }
                if (!phrase.stem()) {
                    state = trie.child(state, S, S);
                }
                trie.addOutput(state, id);
            }
        }
        int[][] built = trie.compile();
        this.delta = built[0];
        this.outStart = built[1];
        this.outIds = built[2];
        int first = delta[S];
        this.start = first < 0 ? ~first : first;
    }

    /** Compiles {@code phrases}; a phrase's position in the list is its id in {@link #scan} results. */
    public static PhraseMatcher compile(List<PhrasePattern> phrases) {
        return new PhraseMatcher(phrases);
    }

    /** Parses and compiles {@code phrases} (see {@link PhrasePattern} for the syntax). */
    public static PhraseMatcher of(List<String> phrases) {
        return compile(phrases.stream().map(PhrasePattern::parse).toList());
    }

    public int size() {
        return phrases.size();
    }

    public PhrasePattern phrase(int id) {
        return phrases.get(id);
    }

    /** A bit set big enough for this matcher's ids, for {@link #scan(CharSequence, long[])}. */
    public long[] newHits() {
        return new long[Math.max(1, (phrases.size() + 63) >>> 6)];
    }

    /** The ids of the phrases found in {@code text}, as a bit set. */
    public long[] scan(CharSequence text) {
        long[] hits = newHits();
        scan(text, hits);
        return hits;
    }

    /** Whether {@code id} is set in a bit set that {@link #scan} filled. */
    public static boolean hit(long[] hits, int id) {
        return (hits[id >>> 6] & (1L << id)) != 0;
    }

    /** The smallest id in {@code [from, to)} set in {@code hits}, or -1. */
    public static int firstHit(long[] hits, int from, int to) {
        for (int id = from; id < to; id++) {
            long word = hits[id >>> 6] >>> id;
            if (word == 0) {
                id = (id | 63);
                continue;
            }
            int found = id + Long.numberOfTrailingZeros(word);
            return found < to ? found : -1;
        }
        return -1;
    }

    /** Sets the bit of every phrase found in {@code text} in {@code hits} (which {@link #newHits()} made). */
    public void scan(CharSequence text, long[] hits) {
        final int n = text.length();
        // one bulk copy makes the per-character loop a plain array walk (no String coder checks)
        char[] chars = new char[n];
        if (text instanceof String string) {
            string.getChars(0, n, chars, 0);
        } else {
            for (int k = 0; k < n; k++) {
                chars[k] = text.charAt(k);
            }
        }
        scan(chars, n, hits);
    }

    private void scan(char[] chars, int n, long[] hits) {
        final int[] delta = this.delta;
        final short[] table = this.table;
        final int symI = this.symI;
        int state = start;
        int tokenLength = 0;
        int lastWordChar = -1;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            int symbol = c < TextFold.TABLE_SIZE ? table[c] : code(c);
            if (symbol < 0 && symbol == DIGIT_CODE) {
                char folded = TextFold.isLetterAround(chars, n, i) ? TextFold.digitAsLetter(c) : c;
                symbol = alphabet.getOrDefault(folded, OTHER);
            }
            if (symbol >= 0) {
                if (symbol == symI && i + 1 < n && chars[i + 1] == '\u0306') {
                    symbol = symShortI;
                    i++;
                }
                int next = delta[state + symbol];
                if (next < 0) {
                    next = ~next;
                    report(next, hits);
                }
                state = next;
                tokenLength++;
                lastWordChar = i;
                i++;
                continue;
            }
            if (symbol == IGNORABLE_CODE) {
                i++;
                continue;
            }
            boolean space = symbol == SPACE_CODE;
            int j = i + 1;
            for (; j < n; j++) {
                char d = chars[j];
                int code = d < TextFold.TABLE_SIZE ? table[d] : code(d);
                if (code >= 0 || code == DIGIT_CODE) {
                    break;
                }
                if (code == SPACE_CODE) {
                    space = true;
                }
            }
            int boundary;
            if (tokenLength == 0 || j >= n) {
                boundary = S;
            } else if (!space) {
                boundary = W;
            } else if (tokenLength == 1 && spacedLetters(chars, n, lastWordChar, j)) {
                boundary = W;
            } else {
                boundary = S;
            }
            int next = delta[state + boundary];
            if (next < 0) {
                next = ~next;
                report(next, hits);
            }
            state = next;
            tokenLength = 0;
            i = j;
        }
        int last = delta[state + S];
        if (last < 0) {
            report(~last, hits);
        }
    }

    /** Whether a single letter at {@code before} and a single letter at {@code after} are a word spelled apart. */
    private static boolean spacedLetters(char[] chars, int n, int before, int after) {
        char left = chars[before];
        char right = chars[after];
        if (!Character.isLetter(left) || !Character.isLetter(right)) {
            return false;
        }
        for (int k = after + 1; k < n; k++) {
            byte kind = TextFold.kind(chars[k]);
            if (kind == TextFold.IGNORABLE) {
                continue;
            }
            if (kind == TextFold.WORD || kind == TextFold.DIGIT_HOMOGLYPH) {
                return false;
            }
            break;
        }
        return !(TextFold.isOneLetterWord(TextFold.fold(left)) && TextFold.isOneLetterWord(TextFold.fold(right)));
    }

    private void report(int premultipliedState, long[] hits) {
        int state = premultipliedState / alphabetSize;
        for (int k = outStart[state], end = outStart[state + 1]; k < end; k++) {
            int id = outIds[k];
            hits[id >>> 6] |= 1L << id;
        }
    }

    private short code(char c) {
        switch (TextFold.kind(c)) {
            case TextFold.SPACE:
                return SPACE_CODE;
            case TextFold.PUNCT:
                return PUNCT_CODE;
            case TextFold.IGNORABLE:
                return IGNORABLE_CODE;
            case TextFold.DIGIT_HOMOGLYPH:
                return DIGIT_CODE;
            default:
                Integer symbol = alphabet.get(TextFold.fold(c));
                return (short) (symbol == null ? OTHER : symbol);
        }
    }

    /** Goto trie, turned into a dense DFA table by {@link #compile()}. */
    private static final class Trie {
        private final int alphabetSize;
        private int[] goTo;
        private int[] lastSymbol;
        private final List<int[]> outputs = new ArrayList<>();
        private int states;

        Trie(int alphabetSize) {
            this.alphabetSize = alphabetSize;
            this.goTo = new int[alphabetSize * 64];
            this.lastSymbol = new int[64];
            Arrays.fill(goTo, -1);
            newState(-1);
        }

        private int newState(int symbol) {
            if (states == MAX_STATES) {
                throw new ValidationException("phrase list is too large: more than " + MAX_STATES
                        + " automaton states");
            }
            if ((states + 1) * alphabetSize > goTo.length) {
                int old = goTo.length;
                goTo = Arrays.copyOf(goTo, old * 2);
                Arrays.fill(goTo, old, goTo.length, -1);
                lastSymbol = Arrays.copyOf(lastSymbol, lastSymbol.length * 2);
            }
            lastSymbol[states] = symbol;
            outputs.add(new int[0]);
            return states++;
        }

        int child(int state, int symbol, int label) {
            int at = state * alphabetSize + symbol;
            if (goTo[at] < 0) {
                int created = newState(label);
                goTo[at] = created;
            }
            return goTo[at];
        }

        void addOutput(int state, int id) {
            int[] old = outputs.get(state);
            for (int existing : old) {
                if (existing == id) {
                    return;
                }
            }
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = id;
            outputs.set(state, grown);
        }

        /** Returns {delta (premultiplied, negative when the target reports), outStart, outIds}. */
        int[][] compile() {
            int a = alphabetSize;
            int[] next = new int[states * a];
            int[] fail = new int[states];
            int[] order = new int[states];
            int head = 0;
            int tail = 0;
            // root
            for (int symbol = 0; symbol < a; symbol++) {
                int child = goTo[symbol];
                if (child >= 0) {
                    next[symbol] = child;
                    fail[child] = 0;
                    order[tail++] = child;
                } else {
                    next[symbol] = 0;
                }
            }
            if (goTo[W] < 0) {
                next[W] = goTo[S] >= 0 ? goTo[S] : 0;
            }
            List<int[]> merged = new ArrayList<>(outputs);
            while (head < tail) {
                int s = order[head++];
                int f = fail[s];
                int base = s * a;
                for (int symbol = 0; symbol < a; symbol++) {
                    int child = goTo[base + symbol];
                    if (child >= 0) {
                        next[base + symbol] = child;
                        fail[child] = next[f * a + symbol];
                        order[tail++] = child;
                        continue;
                    }
                    int target;
                    if (symbol == W) {
                        int boundaryChild = goTo[base + S];
                        if (boundaryChild >= 0) {
                            target = boundaryChild;
                        } else if (lastSymbol[s] >= FIRST_LETTER) {
                            target = s;
                        } else {
                            target = next[f * a + W];
                        }
                    } else if (symbol >= FIRST_LETTER && lastSymbol[s] == symbol) {
                        target = s;
                    } else {
                        target = next[f * a + symbol];
                    }
                    next[base + symbol] = target;
                }
            }
            // outputs of a state include those of its failure chain; BFS order visits failures first
            for (int k = 0; k < tail; k++) {
                int s = order[k];
                int[] inherited = merged.get(fail[s]);
                if (inherited.length > 0) {
                    int[] own = merged.get(s);
                    int[] union = Arrays.copyOf(own, own.length + inherited.length);
                    int size = own.length;
                    outer:
                    for (int id : inherited) {
                        for (int m = 0; m < size; m++) {
                            if (union[m] == id) {
                                continue outer;
                            }
                        }
                        union[size++] = id;
                    }
                    merged.set(s, Arrays.copyOf(union, size));
                }
            }
            int[] outStart = new int[states + 1];
            int total = 0;
            for (int s = 0; s < states; s++) {
                outStart[s] = total;
                total += merged.get(s).length;
            }
            outStart[states] = total;
            int[] outIds = new int[total];
            for (int s = 0; s < states; s++) {
                int[] ids = merged.get(s);
                System.arraycopy(ids, 0, outIds, outStart[s], ids.length);
            }
            int[] delta = new int[states * a];
            for (int k = 0; k < delta.length; k++) {
                int target = next[k];
                int premultiplied = target * a;
                delta[k] = outStart[target + 1] > outStart[target] ? ~premultiplied : premultiplied;
            }
            return new int[][] {delta, outStart, outIds};
        }
    }
}
