package ru.agentiq.core.guardrails;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.internal.text.PhraseMatcher;
import ru.agentiq.core.internal.text.PhrasePattern;

/**
 * The stricter check a reply must pass to be sent with nobody looking (seed §c.7): not empty; none of the banned
 * phrases — every category of {@link GuardrailsConfig} including legal admissions and jargon, plus risky wording
 * (discounts, guarantees, "definitely", "unfortunately") and competitors, with stems matched as stems
 * ({@code скидк*} catches {@code Скидка}); no links, e-mail addresses or Russian phone numbers; length within the
 * channel's auto-response limit; not a repeat of an auto-response the seller sent in the last 24 hours; and mostly
 * Cyrillic. Every failed check is reported; the history is only consulted when everything else passed.
 *
 * <p>Immutable and thread-safe.
 */
public final class AutoResponseGuard {

    private static final Logger log = LoggerFactory.getLogger(AutoResponseGuard.class);

    public static final String RISKY_WORDING = "risky_wording";
    public static final String COMPETITOR = "competitor";

    /** Wording an unattended reply must not use (seed §c.7, stems as stems). */
    public static final List<String> DEFAULT_RISKY_WORDING_PHRASES = List.of(
            "компенсац*", "компенсир*", "скидк*", "бесплатн*", "гарантир*", "100%", "обещ*", "точно", "обязательно",
            "к сожалению");
    /** Other marketplaces and carriers (seed §c.7, with Russian spellings and case forms). */
    public static final List<String> DEFAULT_COMPETITOR_PHRASES = List.of(
            "Ozon", "Озон{,а,е,у,ом}", "СДЭК{,а,е,у,ом}", "Яндекс Маркет{,а,е,у,ом}", "AliExpress", "Lamoda",
            "Ламод{а,ы,е,у,ой}");

    public static final int DEFAULT_REVIEW_MAX_LENGTH = 500;
    public static final int DEFAULT_QUESTION_MAX_LENGTH = 800;
    public static final int DEFAULT_CHAT_MAX_LENGTH = 1000;
    public static final int DEFAULT_MIN_LENGTH = 20;
    public static final int DEFAULT_MIN_CYRILLIC_PERCENT = 70;
    public static final Duration DEFAULT_REPEAT_WINDOW = Duration.ofHours(24);
    public static final int DEFAULT_REPEAT_LOOKBACK = 200;

    private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?:\\+7|(?<!\\d)8)[\\s()\\-]*(?:\\d[\\s()\\-]*){9}\\d");

    private final List<PhraseCategory> categories;
    private final PhraseMatcher matcher;
    private final int[] categoryStart;
    private final Map<Channel, Integer> maxLengths;
    private final int minLength;
    private final int minCyrillicPercent;
    private final Duration repeatWindow;
    private final AutoReplyHistory history;

    private AutoResponseGuard(Builder builder) {
        this.categories = List.copyOf(builder.categories);
        List<PhrasePattern> phrases = new ArrayList<>();
        categoryStart = new int[categories.size() + 1];
        for (int i = 0; i < categories.size(); i++) {
            categoryStart[i] = phrases.size();
            categories.get(i).phrases().forEach(p -> phrases.add(PhrasePattern.parse(p)));
        }
        categoryStart[categories.size()] = phrases.size();
        this.matcher = PhraseMatcher.compile(phrases);
        this.maxLengths = new EnumMap<>(builder.maxLengths);
        this.minLength = builder.minLength;
        this.minCyrillicPercent = builder.minCyrillicPercent;
        this.repeatWindow = builder.repeatWindow;
        this.history = builder.history;
    }

    /** The seed's checks with no repeat history. */
    public static AutoResponseGuard defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks {@code reply} for unattended sending by {@code sellerId} on {@code channel} at {@code now}.
     */
    public AutoResponseVerdict check(SellerId sellerId, Channel channel, String reply, Instant now) {
        Checks.required(sellerId, "sellerId");
        Checks.required(channel, "channel");
        Checks.required(now, "now");
        if (reply == null || reply.isBlank()) {
            return new AutoResponseVerdict(false, List.of(error(FindingType.EMPTY_TEXT, null, null,
                    "Reply text is empty")));
        }
        String text = reply.strip();
        List<GuardrailFinding> reasons = new ArrayList<>();
        long[] hits = matcher.scan(text);
        for (int c = 0; c < categories.size(); c++) {
            for (int id = PhraseMatcher.firstHit(hits, categoryStart[c], categoryStart[c + 1]); id >= 0;
                    id = PhraseMatcher.firstHit(hits, id + 1, categoryStart[c + 1])) {
                String phrase = matcher.phrase(id).display();
                reasons.add(error(FindingType.BANNED_PHRASE, categories.get(c).name(), phrase,
                        "\"" + phrase + "\" (" + categories.get(c).name() + ") is not allowed in an automatic reply"));
            }
        }
        if (URL.matcher(text).find()) {
            reasons.add(error(FindingType.CONTACT_DETAILS, null, null, "An automatic reply must not contain links"));
        }
        if (EMAIL.matcher(text).find()) {
            reasons.add(error(FindingType.CONTACT_DETAILS, null, null,
                    "An automatic reply must not contain e-mail addresses"));
        }
        if (PHONE.matcher(text).find()) {
            reasons.add(error(FindingType.CONTACT_DETAILS, null, null,
                    "An automatic reply must not contain phone numbers"));
        }
        int length = text.codePointCount(0, text.length());
        int max = maxLengths.getOrDefault(channel, DEFAULT_REVIEW_MAX_LENGTH);
        if (length > max) {
            reasons.add(error(FindingType.TOO_LONG, null, null, "Automatic " + channel.wire() + " reply is " + length
                    + " characters; at most " + max + " are allowed"));
        }
        if (length < minLength) {
            reasons.add(error(FindingType.TOO_SHORT, null, null, "Automatic reply is " + length
                    + " characters; at least " + minLength + " are required"));
        }
        int share = cyrillicPercent(text);
        if (share >= 0 && share < minCyrillicPercent) {
            reasons.add(error(FindingType.NOT_RUSSIAN, null, null, "Automatic reply is " + share
                    + "% Cyrillic; at least " + minCyrillicPercent + "% is required"));
        }
        if (reasons.isEmpty() && isRepeat(sellerId, text, now)) {
            reasons.add(error(FindingType.REPEATED_REPLY, null, null,
                    "The same automatic reply was already sent within " + repeatWindow.toHours() + " h"));
        }
        return new AutoResponseVerdict(reasons.isEmpty(), reasons);
    }

    private boolean isRepeat(SellerId sellerId, String text, Instant now) {
        String candidate = text.toLowerCase(Locale.ROOT);
        try {
            for (String sent : history.recentAutoReplies(sellerId, now.minus(repeatWindow), DEFAULT_REPEAT_LOOKBACK)) {
                if (sent != null && sent.strip().toLowerCase(Locale.ROOT).equals(candidate)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            log.debug("Auto-reply history unavailable for seller {}; not treating the reply as a repeat", sellerId, e);
            return false;
        }
    }

    /** Percentage (rounded down) of Cyrillic letters among all letters, or -1 when there are no letters. */
    static int cyrillicPercent(String text) {
        int letters = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (cp >= 0x0400 && cp <= 0x052F) {
                    cyrillic++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters == 0 ? -1 : (int) (cyrillic * 100L / letters);
    }

    private static GuardrailFinding error(FindingType type, String category, String phrase, String message) {
        return new GuardrailFinding(type, category, phrase, Severity.ERROR, message);
    }

    /** Mutable, single-use builder; {@link #build()} compiles the phrases. */
    public static final class Builder {
        private final List<PhraseCategory> categories = new ArrayList<>();
        private final Map<Channel, Integer> maxLengths = new EnumMap<>(Channel.class);
        private int minLength = DEFAULT_MIN_LENGTH;
        private int minCyrillicPercent = DEFAULT_MIN_CYRILLIC_PERCENT;
        private Duration repeatWindow = DEFAULT_REPEAT_WINDOW;
        private AutoReplyHistory history = AutoReplyHistory.none();

        private Builder() {
            List<Channel> all = List.of(Channel.values());
            List<String> promises = new ArrayList<>(GuardrailsConfig.DEFAULT_PROMISE_PHRASES);
            promises.removeIf(p -> p.startsWith("компенс"));
            categories.add(PhraseCategory.of(GuardrailsConfig.AI_MENTION, Severity.ERROR, all,
                    GuardrailsConfig.DEFAULT_AI_MENTION_PHRASES));
            categories.add(PhraseCategory.of(GuardrailsConfig.PROMISE, Severity.ERROR, all, promises));
            categories.add(PhraseCategory.of(GuardrailsConfig.BLAME, Severity.ERROR, all,
                    GuardrailsConfig.DEFAULT_BLAME_PHRASES));
            categories.add(PhraseCategory.of(GuardrailsConfig.DISMISSIVE, Severity.ERROR, all,
                    GuardrailsConfig.DEFAULT_DISMISSIVE_PHRASES));
            categories.add(PhraseCategory.of(GuardrailsConfig.LEGAL, Severity.ERROR, all,
                    GuardrailsConfig.DEFAULT_LEGAL_PHRASES));
            categories.add(PhraseCategory.of(GuardrailsConfig.JARGON, Severity.ERROR, all,
                    GuardrailsConfig.DEFAULT_JARGON_PHRASES));
            categories.add(PhraseCategory.of(RISKY_WORDING, Severity.ERROR, all, DEFAULT_RISKY_WORDING_PHRASES));
            categories.add(PhraseCategory.of(COMPETITOR, Severity.ERROR, all, DEFAULT_COMPETITOR_PHRASES));
            maxLengths.put(Channel.REVIEW, DEFAULT_REVIEW_MAX_LENGTH);
            maxLengths.put(Channel.QUESTION, DEFAULT_QUESTION_MAX_LENGTH);
            maxLengths.put(Channel.CHAT, DEFAULT_CHAT_MAX_LENGTH);
        }

        public Builder addPhrases(String category, String... phrases) {
            int at = indexOf(category);
            categories.set(at, categories.get(at).withPhrases(List.of(phrases)));
            return this;
        }

        public Builder removePhrases(String category, String... phrases) {
            int at = indexOf(category);
            categories.set(at, categories.get(at).withoutPhrases(List.of(phrases)));
            return this;
        }

        /** Longest automatic reply on {@code channel}, 1..5000 characters. */
        public Builder maxLength(Channel channel, int characters) {
            maxLengths.put(Checks.required(channel, "channel"),
                    Checks.inRange(characters, 1, GuardrailsConfig.MAX_LENGTH_LIMIT, "maxLength"));
            return this;
        }

        public Builder minLength(int characters) {
            this.minLength = Checks.inRange(characters, 0, GuardrailsConfig.MAX_LENGTH_LIMIT, "minLength");
            return this;
        }

        /** Smallest share of Cyrillic among the letters, 0..100 percent. */
        public Builder minCyrillicPercent(int percent) {
            this.minCyrillicPercent = Checks.inRange(percent, 0, 100, "minCyrillicPercent");
            return this;
        }

        public Builder repeatWindow(Duration window) {
            Checks.required(window, "repeatWindow");
            if (window.isNegative() || window.isZero()) {
                throw new ValidationException("repeatWindow must be positive, was " + window);
            }
            this.repeatWindow = window;
            return this;
        }

        public Builder history(AutoReplyHistory history) {
            this.history = Checks.required(history, "history");
            return this;
        }

        public AutoResponseGuard build() {
            return new AutoResponseGuard(this);
        }

        private int indexOf(String name) {
            for (int i = 0; i < categories.size(); i++) {
                if (categories.get(i).name().equals(name)) {
                    return i;
                }
            }
            throw new ValidationException("no category named '" + name + "'");
        }
    }
}
