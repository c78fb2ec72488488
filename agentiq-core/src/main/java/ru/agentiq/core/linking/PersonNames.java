package ru.agentiq.core.linking;

import java.util.Optional;
import ru.agentiq.core.interaction.ExtraData;

/**
 * Buyer display names as a weak linking signal. Names are never identifiers (plan §12.1: they are not unique, get
 * shortened, misspelt and changed), so they only ever add a little probabilistic weight.
 */
public final class PersonNames {

    /** Extra-data keys holding a display name, in the order they are consulted. */
    public static final java.util.List<String> NAME_KEYS = java.util.List.of("user_name", "customer_name", "name");

    /** The shorter name must have at least this many characters for a partial match; "ан" is inside half the names. */
    public static final int MIN_PARTIAL_LENGTH = 3;

    private PersonNames() {
    }

    /** The first non-blank of {@code user_name}, {@code customer_name}, {@code name}, trimmed. */
    public static Optional<String> displayName(ExtraData extraData) {
        if (extraData == null) {
            return Optional.empty();
        }
        for (String key : NAME_KEYS) {
            Optional<String> value = extraData.getString(key).map(String::strip).filter(s -> !s.isEmpty());
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * The comparable form of a name: lower case, {@code ё} as {@code е}, every character that is not a letter or a
     * digit turned into a space, runs of spaces collapsed, no leading or trailing space ({@code " Иван  П. "} becomes
     * {@code "иван п"}). Empty for {@code null} or a name without letters or digits.
     */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(TextTokens.fold(cp));
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /** Both normalised names are non-empty and equal. */
    public static boolean sameName(String a, String b) {
        String na = normalize(a);
        return !na.isEmpty() && na.equals(normalize(b));
    }

    /**
     * The normalised names differ but one contains the other, and the shorter has at least
     * {@value #MIN_PARTIAL_LENGTH} characters ({@code мария} and {@code мария к}; {@code алекс} and {@code александр}).
     */
    public static boolean partialName(String a, String b) {
        return partialNormalized(normalize(a), normalize(b));
    }

    static boolean partialNormalized(String na, String nb) {
        if (na.isEmpty() || nb.isEmpty() || na.equals(nb)) {
            return false;
        }
        String shorter = na.length() <= nb.length() ? na : nb;
        String longer = shorter == na ? nb : na;
        return shorter.length() >= MIN_PARTIAL_LENGTH && longer.contains(shorter);
    }
}
