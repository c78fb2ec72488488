package ru.agentiq.core.guardrails;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.internal.text.PhraseMatcher;
import ru.agentiq.core.internal.text.PhrasePattern;

/**
 * Reply guardrails compiled from a {@link GuardrailsConfig}: every banned phrase and return mention is found in one
 * pass over the reply (see the matching rules on {@link PhraseCategory}).
 *
 * <p>Two entry points: {@link #reviewDraft} lists findings for an AI draft and never touches its text;
 * {@link #validate} is the blocking check before a reply is sent — every error-severity finding is a violation,
 * everything else a warning, and the reply is valid iff there are no violations. Length problems never block.
 *
 * <p>Immutable and thread-safe; compile once per configuration and share.
 */
public final class Guardrails {

    private static final Guardrails DEFAULT = new Guardrails(GuardrailsConfig.defaults());

    private final GuardrailsConfig config;
    private final PhraseMatcher replyMatcher;
    private final PhraseMatcher triggerMatcher;
    private final List<PhraseCategory> categories;
    /** First phrase id of category i; the return mentions follow the last category. */
    private final int[] categoryStart;
    private final int mentionStart;
    private final int mentionEnd;
    /** Findings are immutable: the one for each phrase on each channel is built once, not per reply. */
    private final Map<Channel, GuardrailFinding[]> findingsByChannel = new EnumMap<>(Channel.class);

    private Guardrails(GuardrailsConfig config) {
        this.config = config;
        this.categories = config.categories();
        List<PhrasePattern> phrases = new ArrayList<>();
        categoryStart = new int[categories.size() + 1];
        for (int i = 0; i < categories.size(); i++) {
            categoryStart[i] = phrases.size();
            categories.get(i).phrases().forEach(p -> phrases.add(PhrasePattern.parse(p)));
        }
        categoryStart[categories.size()] = phrases.size();
        mentionStart = phrases.size();
        config.returnMentions().forEach(p -> phrases.add(PhrasePattern.parse(p)));
        mentionEnd = phrases.size();
        replyMatcher = PhraseMatcher.compile(phrases);
        triggerMatcher = PhraseMatcher.of(config.returnTriggers());
        for (Channel channel : Channel.values()) {
            Severity[] severities = new Severity[categories.size()];
            for (int i = 0; i < categories.size(); i++) {
                severities[i] = categories.get(i).severityOn(channel).orElse(null);
            }
            GuardrailFinding[] findings = new GuardrailFinding[mentionEnd];
            for (int c = 0; c < categories.size(); c++) {
                if (severities[c] != null) {
                    for (int id = categoryStart[c]; id < categoryStart[c + 1]; id++) {
                        findings[id] = bannedPhrase(categories.get(c).name(), replyMatcher.phrase(id).display(),
                                severities[c], channel);
                    }
                }
            }
            Severity returnSeverity = config.returnSeverities().get(channel);
            if (returnSeverity != null) {
                for (int id = mentionStart; id < mentionEnd; id++) {
                    findings[id] = new GuardrailFinding(FindingType.UNSOLICITED_RETURN, null,
                            replyMatcher.phrase(id).display(), returnSeverity,
                            "The reply brings up a return or exchange the buyer did not ask for");
                }
            }
            findingsByChannel.put(channel, findings);
        }
    }

    private static GuardrailFinding bannedPhrase(String category, String phrase, Severity severity,
            Channel channel) {
        return new GuardrailFinding(FindingType.BANNED_PHRASE, category, phrase, severity,
                describe(category) + " \"" + phrase + "\" "
                        + (severity == Severity.ERROR ? "is not allowed" : "should be avoided") + " in a "
                        + channel.wire() + " reply");
    }

    /** The seed's default guardrails, compiled once. */
    public static Guardrails defaults() {
        return DEFAULT;
    }

    /** Compiles {@code config}. Compiling costs thousands of checks: keep the result ({@link SellerGuardrails} does). */
    public static Guardrails compile(GuardrailsConfig config) {
        Checks.required(config, "config");
        return config.equals(GuardrailsConfig.defaults()) ? DEFAULT : new Guardrails(config);
    }

    public GuardrailsConfig config() {
        return config;
    }

    /**
     * Draft-stage check: every finding for {@code draft} on {@code channel}, with the severity it would have when
     * sent. An empty or blank draft has none. Never alters the draft.
     *
     * @param customerText what the buyer wrote (decides whether a return may be mentioned); nullable
     */
    public List<GuardrailFinding> reviewDraft(Channel channel, String draft, String customerText) {
        Checks.required(channel, "channel");
        if (draft == null || draft.isBlank()) {
            return List.of();
        }
        return findings(channel, draft.strip(), customerText);
    }

    /**
     * Pre-send check: an empty or blank reply is invalid ({@code empty_text}); otherwise the trimmed reply is checked
     * and every error-severity finding becomes a violation.
     *
     * @param customerText what the buyer wrote (decides whether a return may be mentioned); nullable
     */
    public ReplyVerdict validate(Channel channel, String reply, String customerText) {
        Checks.required(channel, "channel");
        if (reply == null || reply.isBlank()) {
            return new ReplyVerdict(false, List.of(new GuardrailFinding(FindingType.EMPTY_TEXT, null, null,
                    Severity.ERROR, "Reply text is empty")), List.of());
        }
        List<GuardrailFinding> findings = findings(channel, reply.strip(), customerText);
        if (findings.isEmpty()) {
            return new ReplyVerdict(true, List.of(), List.of());
        }
        List<GuardrailFinding> violations = new ArrayList<>();
        List<GuardrailFinding> warnings = new ArrayList<>();
        for (GuardrailFinding finding : findings) {
            (finding.isError() ? violations : warnings).add(finding);
        }
        return new ReplyVerdict(violations.isEmpty(), violations, warnings);
    }

    /**
     * The check for {@code stage}: {@link GuardrailStage#SEND} is {@link #validate}; {@link GuardrailStage#DRAFT}
     * never blocks, so the verdict is valid and lists every finding of {@link #reviewDraft} as a warning (each with
     * the severity it would have when sent).
     */
    public ReplyVerdict check(GuardrailStage stage, Channel channel, String reply, String customerText) {
        Checks.required(stage, "stage");
        if (stage == GuardrailStage.SEND) {
            return validate(channel, reply, customerText);
        }
        return new ReplyVerdict(true, List.of(), reviewDraft(channel, reply, customerText));
    }

    private List<GuardrailFinding> findings(Channel channel, String text, String customerText) {
        long[] hits = replyMatcher.scan(text);
        List<GuardrailFinding> found = new ArrayList<>(2);
        GuardrailFinding[] prepared = findingsByChannel.get(channel);
        for (int id = PhraseMatcher.firstHit(hits, 0, mentionStart); id >= 0;
                id = PhraseMatcher.firstHit(hits, id + 1, mentionStart)) {
            if (prepared[id] != null) {
                found.add(prepared[id]);
            }
        }
        int mention = PhraseMatcher.firstHit(hits, mentionStart, mentionEnd);
        if (mention >= 0 && prepared[mention] != null && !customerAskedForReturn(customerText)) {
            found.add(prepared[mention]);
        }
        // a code point is one or two chars: count them only when the char length leaves the outcome open
        Integer max = config.maxLengths().get(channel);
        if (max != null && text.length() > max) {
            int length = text.codePointCount(0, text.length());
            if (length > max) {
                found.add(new GuardrailFinding(FindingType.TOO_LONG, null, null, Severity.WARNING,
                        "Reply is " + length + " characters; a " + channel.wire() + " reply should be at most "
                                + max));
            }
        }
        Integer min = config.minLengths().get(channel);
        if (min != null && text.length() < 2 * min) {
            int length = text.codePointCount(0, text.length());
            if (length < min) {
                found.add(new GuardrailFinding(FindingType.TOO_SHORT, null, null, Severity.WARNING,
                        "Reply is " + length + " characters; a " + channel.wire() + " reply should be at least "
                                + min));
            }
        }
        return found;
    }

    /** Whether the buyer's text asks for a return or an exchange, in any inflection. */
    public boolean customerAskedForReturn(String customerText) {
        if (customerText == null || customerText.isBlank()) {
            return false;
        }
        long[] hits = triggerMatcher.scan(customerText);
        return PhraseMatcher.firstHit(hits, 0, triggerMatcher.size()) >= 0;
    }

    private static String describe(String category) {
        return switch (category) {
            case GuardrailsConfig.AI_MENTION -> "Mentioning AI or a bot";
            case GuardrailsConfig.PROMISE -> "Promising";
            case GuardrailsConfig.BLAME -> "Blaming the buyer with";
            case GuardrailsConfig.DISMISSIVE -> "Brushing the buyer off with";
            case GuardrailsConfig.LEGAL -> "Admitting fault with";
            case GuardrailsConfig.JARGON -> "Jargon";
            default -> "Phrase of category " + category;
        };
    }
}
