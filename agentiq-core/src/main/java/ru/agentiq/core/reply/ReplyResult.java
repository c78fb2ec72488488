package ru.agentiq.core.reply;

import java.util.List;
import ru.agentiq.core.guardrails.GuardrailFinding;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.quality.ReplyOutcome;

/**
 * A delivered reply.
 *
 * @param interaction   the interaction after the reply (responded, {@code wb_sync_state=pending})
 * @param outcome       accepted draft, edited draft or manual
 * @param alreadyDone   true when an earlier call with the same idempotency key had delivered it; nothing was sent
 * @param warnings      guardrail findings that did not block
 */
public record ReplyResult(Interaction interaction, ReplyOutcome outcome, boolean alreadyDone,
        List<GuardrailFinding> warnings) {
    public ReplyResult {
        Checks.required(interaction, "interaction");
        Checks.required(outcome, "outcome");
        warnings = List.copyOf(warnings);
    }
}
