package ru.agentiq.core.reply;

import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.internal.Checks;

/**
 * A reply to send, as a dispatcher sees it.
 *
 * @param interaction    the interaction answered, as stored when the reply was requested
 * @param text           the reply text, trimmed
 * @param idempotencyKey the key that makes a retry of this reply a no-op
 */
public record ReplyRequest(Interaction interaction, String text, String idempotencyKey) {
    public ReplyRequest {
        Checks.required(interaction, "interaction");
        Checks.requiredText(text, "text", ReplyService.MAX_TEXT_LENGTH);
        Checks.requiredText(idempotencyKey, "idempotencyKey", ReplyService.MAX_KEY_LENGTH);
    }
}
