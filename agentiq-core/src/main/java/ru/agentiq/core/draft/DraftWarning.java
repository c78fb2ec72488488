package ru.agentiq.core.draft;

import ru.agentiq.core.internal.Checks;

/**
 * A guardrail finding attached to a draft (seed §c.4 warning object). Drafts are never altered by it.
 *
 * @param type     {@code banned_phrase | unsolicited_return | too_long | too_short | …}
 * @param severity {@code error} (would block sending) or {@code warning}
 * @param message  one sentence for the operator
 * @param phrase   the matched phrase; nullable
 * @param category the phrase category; nullable
 */
public record DraftWarning(String type, String severity, String message, String phrase, String category) {

    public DraftWarning {
        type = Checks.requiredText(type, "type", 64);
        severity = Checks.requiredText(severity, "severity", 16);
        message = Checks.requiredText(message, "message", 500);
    }

    public boolean isError() {
        return "error".equals(severity);
    }
}
