package ru.agentiq.core.internal.text;

import java.util.ArrayList;
import java.util.List;
import ru.agentiq.core.ValidationException;

/**
 * A parsed phrase. Syntax: words separated by spaces, each matched as a whole word with Unicode-aware boundaries;
 * a word may end in {@code {a,b,…}} to list alternative endings (an empty alternative allowed:
 * {@code бот{,а,у,ом}}), and the last word may end in {@code *} to match any word that starts with it
 * ({@code компенсаци*}). Case, {@code ё/е} and look-alike Latin or Greek letters do not matter.
 *
 * @param source  the phrase as written
 * @param display the phrase as shown to people: each word with its first ending; a stem keeps its {@code *}
 * @param forms   every word sequence the phrase stands for, folded
 * @param stem    whether the last word is a stem ({@code *})
 */
public record PhrasePattern(String source, String display, List<List<String>> forms, boolean stem) {

    /** Phrases longer than this are rejected: nobody needs them and they would bloat the automaton. */
    public static final int MAX_LENGTH = 200;
    /** A phrase may stand for at most this many word sequences. */
    public static final int MAX_FORMS = 512;

    public PhrasePattern {
        forms = forms.stream().map(List::copyOf).toList();
    }

    /**
     * Parses {@code phrase}.
     *
     * @throws ValidationException with a sentence naming the phrase when it is blank, too long, malformed or has no
     *                             letters or digits in one of its words
     */
    public static PhrasePattern parse(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            throw new ValidationException("phrase must not be blank");
        }
        String source = phrase.strip();
        if (source.length() > MAX_LENGTH) {
            throw new ValidationException("phrase must be at most " + MAX_LENGTH + " characters, was "
                    + source.length());
        }
        String[] words = source.split("\\s+");
        List<List<String>> alternativesPerWord = new ArrayList<>();
        StringBuilder display = new StringBuilder();
        boolean stem = false;
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            boolean last = w == words.length - 1;
            List<String> endings = List.of("");
            String base = word;
            if (word.endsWith("*")) {
                if (!last) {
                    throw new ValidationException("phrase '" + source + "' may use * only at the end of its last word");
                }
                stem = true;
                base = word.substring(0, word.length() - 1);
            } else if (word.endsWith("}")) {
                int open = word.indexOf('{');
                if (open < 0 || word.indexOf('{', open + 1) >= 0 || word.indexOf('}') != word.length() - 1) {
                    throw new ValidationException("phrase '" + source + "' has a malformed {…} in '" + word + "'");
                }
                base = word.substring(0, open);
                endings = List.of(word.substring(open + 1, word.length() - 1).split(",", -1));
            }
            if (base.contains("*") || base.contains("{") || base.contains("}")) {
                throw new ValidationException("phrase '" + source + "' has a misplaced *, { or } in '" + word + "'");
            }
            List<String> folded = new ArrayList<>();
            for (String ending : endings) {
                String form = TextFold.foldWord(base + ending.strip());
                if (form.isEmpty()) {
                    throw new ValidationException("phrase '" + source + "' has a word without letters or digits");
                }
                if (!folded.contains(form)) {
                    folded.add(form);
                }
            }
            alternativesPerWord.add(folded);
            if (display.length() > 0) {
                display.append(' ');
            }
            display.append(base).append(endings.get(0).strip());
            if (stem) {
                display.append('*');
            }
        }
        List<List<String>> forms = new ArrayList<>();
        forms.add(List.of());
        for (List<String> alternatives : alternativesPerWord) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : forms) {
                for (String alternative : alternatives) {
                    List<String> form = new ArrayList<>(prefix);
                    form.add(alternative);
                    next.add(form);
                }
            }
            if (next.size() > MAX_FORMS) {
                throw new ValidationException("phrase '" + source + "' stands for more than " + MAX_FORMS
                        + " word sequences");
            }
            forms = next;
        }
        return new PhrasePattern(source, display.toString(), forms, stem);
    }
}
