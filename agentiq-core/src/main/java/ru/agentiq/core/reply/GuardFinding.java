package ru.agentiq.core.reply;

import ru.agentiq.core.internal.Checks;

/**
 * One thing a guardrail check found in a reply.
 *
 * @param type    machine-readable kind ({@code banned_phrase}, {@code unsolicited_return}, {@code too_long}, …)
 * @param message one sentence for the operator
 * @param phrase  the offending phrase when there is one; nullable
 */
public record GuardFinding(String type, String message, String phrase) {
    public GuardFinding {
        Checks.requiredText(type, "type", 100);
        Checks.requiredText(message, "message", 1_000);
    }
}
