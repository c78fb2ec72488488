package ru.agentiq.core.draft;

import java.util.Optional;
import ru.agentiq.core.internal.Checks;

/**
 * A generated draft.
 *
 * @param text   the draft reply, trimmed and non-blank
 * @param source where the text came from
 * @param usage    the model call behind it; {@code null} when no model was called (a template, a cache hit)
 * @param analysis what the model (or the keyword fallback) read from the buyer's text; nullable
 */
public record DraftResult(String text, DraftSource source, LlmUsage usage, DraftAnalysis analysis) {

    /** Generous bound: no marketplace accepts replies anywhere near this long. */
    public static final int MAX_TEXT_LENGTH = 20_000;

    public DraftResult {
        text = Checks.requiredText(text, "text", MAX_TEXT_LENGTH);
        Checks.required(source, "source");
    }

    /** A result without analysis. */
    public DraftResult(String text, DraftSource source, LlmUsage usage) {
        this(text, source, usage, null);
    }

    /** The analysis, if any. */
    public Optional<DraftAnalysis> draftAnalysis() {
        return Optional.ofNullable(analysis);
    }

    /** The model call behind this draft, if one was made. */
    public Optional<LlmUsage> llmUsage() {
        return Optional.ofNullable(usage);
    }

    /**
     * Whether a fallback produced this draft: the source is {@link DraftSource#FALLBACK} or the model call reports
     * {@link LlmUsage#usedFallback()} (the seed's {@code used_fallback}).
     */
    public boolean usedFallback() {
        return source == DraftSource.FALLBACK || (usage != null && usage.usedFallback());
    }
}
