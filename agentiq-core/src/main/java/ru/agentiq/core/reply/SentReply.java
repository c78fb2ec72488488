package ru.agentiq.core.reply;

import java.time.Instant;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.quality.ReplyOutcome;

/**
 * A reply that was delivered and recorded, as {@link ReplyListener}s see it.
 *
 * @param interaction the interaction after the reply (responded; its intent and product references as stored)
 * @param text        the full reply text as sent (the interaction's {@code last_reply_text} keeps only 500 characters)
 * @param outcome     accepted draft, edited draft or manual
 * @param sentAt      when the reply was completed, on the service's clock
 */
public record SentReply(Interaction interaction, String text, ReplyOutcome outcome, Instant sentAt) {
    public SentReply {
        Checks.required(interaction, "interaction");
        Checks.requiredText(text, "text", ReplyService.MAX_TEXT_LENGTH);
        Checks.required(outcome, "outcome");
        Checks.required(sentAt, "sentAt");
    }
}
