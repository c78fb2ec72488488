package ru.agentiq.core.interaction;

import java.time.Instant;
import ru.agentiq.core.internal.Checks;

/**
 * One append-only fact about an interaction (a draft was generated, a reply was sent, …).
 *
 * @param id            store-assigned, increasing in append order
 * @param sellerId      tenant
 * @param interactionId the interaction it concerns
 * @param channel       the interaction's channel, kept for per-channel metrics without a join
 * @param type          what happened
 * @param details       event-specific fields (the seed's {@code details} JSON)
 * @param createdAt     when it happened
 */
public record InteractionEvent(
        long id,
        SellerId sellerId,
        InteractionId interactionId,
        Channel channel,
        InteractionEventType type,
        ExtraData details,
        Instant createdAt) {

    public InteractionEvent {
        Checks.positive(id, "id");
        Checks.required(sellerId, "sellerId");
        Checks.required(interactionId, "interactionId");
        Checks.required(channel, "channel");
        Checks.required(type, "type");
        details = details == null ? ExtraData.EMPTY : details;
        createdAt = Checks.micros(Checks.required(createdAt, "createdAt"));
    }
}
