package ru.agentiq.core.draft;

import java.time.Instant;
import java.util.List;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.internal.Checks;

/**
 * A reply draft for an interaction (seed §f draft response, plus explainability).
 *
 * @param interactionId        the interaction
 * @param text                 the draft; never altered by guardrails
 * @param intent               detected intent
 * @param sentiment            detected sentiment
 * @param slaPriority          the interaction's priority
 * @param recommendationReason why this text; nullable
 * @param source               {@code llm | fallback | cache | cached}
 * @param usedFallback         whether a fallback produced the text (always reported, F51)
 * @param needsEscalation      whether a senior person should look
 * @param escalationReason     why; nullable
 * @param guardrailWarnings    draft-stage findings
 * @param grounding            the context used
 * @param usage                the model call behind it; null when none was made
 * @param generatedAt          when it was generated (for {@code cached}, when the stored draft was)
 */
public record Draft(InteractionId interactionId, String text, String intent, String sentiment, String slaPriority,
        String recommendationReason, DraftSource source, boolean usedFallback, boolean needsEscalation,
        String escalationReason, List<DraftWarning> guardrailWarnings, List<GroundingItem> grounding, LlmUsage usage,
        Instant generatedAt) {

    public Draft {
        Checks.required(interactionId, "interactionId");
        Checks.requiredText(text, "text", DraftResult.MAX_TEXT_LENGTH);
        Checks.required(source, "source");
        guardrailWarnings = List.copyOf(guardrailWarnings);
        grounding = List.copyOf(grounding);
    }
}
