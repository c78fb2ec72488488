package ru.agentiq.core.guardrails;

import java.util.List;
import java.util.stream.Collectors;
import ru.agentiq.core.internal.Checks;

/**
 * The outcome of checking a reply.
 *
 * @param valid      whether the reply may be sent: true iff there are no violations
 * @param violations findings that block sending (error severity)
 * @param warnings   findings that only inform
 */
public record ReplyVerdict(boolean valid, List<GuardrailFinding> violations, List<GuardrailFinding> warnings) {

    public ReplyVerdict {
        violations = List.copyOf(Checks.required(violations, "violations"));
        warnings = List.copyOf(Checks.required(warnings, "warnings"));
        if (valid != violations.isEmpty()) {
            throw new IllegalArgumentException("valid must be true exactly when there are no violations");
        }
    }

    /** The violation messages joined by {@code "; "} (empty when valid). */
    public String summary() {
        return violations.stream().map(GuardrailFinding::message).collect(Collectors.joining("; "));
    }

    /**
     * Returns this verdict when valid.
     *
     * @throws ReplyBlockedException carrying this verdict otherwise
     */
    public ReplyVerdict requireValid() {
        if (!valid) {
            throw new ReplyBlockedException(this);
        }
        return this;
    }
}
