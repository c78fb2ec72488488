package ru.agentiq.core.reply;

import java.time.Instant;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * The record of one idempotent reply, written before anything is sent.
 *
 * @param sellerId       tenant
 * @param idempotencyKey the caller's key; unique per seller
 * @param interactionId  the interaction answered
 * @param text           the reply text
 * @param state          how far the reply got
 * @param createdAt      when it was first requested
 * @param updatedAt      when its state last changed
 */
public record ReplyAttempt(SellerId sellerId, String idempotencyKey, InteractionId interactionId, String text,
        State state, Instant createdAt, Instant updatedAt) {

    /** How far a reply got. */
    public enum State {
        /** Recorded; sending has not been confirmed (it may be in flight, or the process died). */
        PENDING,
        /** The marketplace has the reply; the interaction is not yet updated. */
        DELIVERED,
        /** Delivered and recorded on the interaction: a retry returns at once. */
        COMPLETED,
        /** Sending failed in a way that proves nothing was delivered; a retry sends again. */
        FAILED
    }

    public ReplyAttempt {
        Checks.required(sellerId, "sellerId");
        Checks.required(idempotencyKey, "idempotencyKey");
        Checks.required(interactionId, "interactionId");
        Checks.required(text, "text");
        Checks.required(state, "state");
        Checks.required(createdAt, "createdAt");
        Checks.required(updatedAt, "updatedAt");
    }

    public ReplyAttempt withState(State next, Instant now) {
        return new ReplyAttempt(sellerId, idempotencyKey, interactionId, text, next, createdAt, now);
    }
}
