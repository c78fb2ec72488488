package ru.agentiq.core.draft;

import java.time.Instant;
import ru.agentiq.core.internal.Checks;

/**
 * One chat message for the prompt.
 *
 * @param fromBuyer whether the buyer wrote it (else the seller)
 * @param author    display name; nullable (then "Покупатель"/"Продавец")
 * @param text      the message
 * @param sentAt    when; nullable
 */
public record ChatLine(boolean fromBuyer, String author, String text, Instant sentAt) {

    public ChatLine {
        text = text == null ? "" : text.strip();
        author = Checks.optionalText(author, "author", 200);
    }
}
