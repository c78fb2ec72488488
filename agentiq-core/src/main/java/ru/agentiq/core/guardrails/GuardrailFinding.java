package ru.agentiq.core.guardrails;

import ru.agentiq.core.internal.Checks;

/**
 * One problem a guardrail found in a reply.
 *
 * @param type     what kind of problem
 * @param category the phrase category for {@link FindingType#BANNED_PHRASE} (for example {@code ai_mention}); null
 *                 otherwise
 * @param phrase   the listed phrase that matched, in its display form (for example {@code бот}); null when no phrase
 *                 is involved
 * @param severity whether it blocks sending
 * @param message  one sentence for the operator
 */
public record GuardrailFinding(FindingType type, String category, String phrase, Severity severity, String message) {

    public GuardrailFinding {
        Checks.required(type, "type");
        Checks.required(severity, "severity");
        Checks.requiredText(message, "message", 1000);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
