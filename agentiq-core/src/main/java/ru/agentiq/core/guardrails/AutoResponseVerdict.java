package ru.agentiq.core.guardrails;

import java.util.List;
import ru.agentiq.core.internal.Checks;

/**
 * Whether a reply may be sent unattended.
 *
 * @param safe    true iff there are no reasons
 * @param reasons every check that failed, in check order
 */
public record AutoResponseVerdict(boolean safe, List<GuardrailFinding> reasons) {

    public AutoResponseVerdict {
        reasons = List.copyOf(Checks.required(reasons, "reasons"));
        if (safe != reasons.isEmpty()) {
            throw new IllegalArgumentException("safe must be true exactly when there are no reasons");
        }
    }
}
