package ru.agentiq.core.autoresponse;

import java.util.List;
import ru.agentiq.core.draft.DraftSource;
import ru.agentiq.core.interaction.InteractionId;

/**
 * What the pipeline decided for one interaction, with everything a preview shows (seed §h.2 dry run).
 *
 * @param interactionId        the interaction; null for a preview of free text
 * @param outcome              sent, sandbox, would send, or skipped
 * @param skipReason           the first check that stopped it; null unless skipped
 * @param intent               the intent the scenario was chosen by; nullable
 * @param scenarioAction       that scenario's action; null when none applied
 * @param draftText            the reply (with promo) when one was generated; nullable
 * @param draftSource          where it came from; nullable
 * @param guardrailsPassed     standard checks verdict; null when not reached
 * @param autoGuardrailsPassed strict checks verdict; null when not reached
 * @param problems             what the failed checks found
 */
public record AutoResponseDecision(InteractionId interactionId, Outcome outcome, SkipReason skipReason, String intent,
        ScenarioAction scenarioAction, String draftText, DraftSource draftSource, Boolean guardrailsPassed,
        Boolean autoGuardrailsPassed, List<String> problems) {

    public AutoResponseDecision {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** Whether the reply went out, or would have in sandbox or preview. */
    public boolean wouldAutoSend() {
        return outcome != Outcome.SKIPPED;
    }
}
