package ru.agentiq.core.interaction;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Port: append-only log of {@link InteractionEvent}s. Implementations must be safe for concurrent use and keep every
 * read scoped to one seller.
 */
public interface InteractionEventStore {

    /** Appends an event for an interaction of {@code sellerId} and returns it with its assigned id. */
    InteractionEvent append(SellerId sellerId, InteractionId interactionId, Channel channel,
            InteractionEventType type, ExtraData details, Instant createdAt);

    /** Events of one interaction, oldest first. Empty when the interaction does not belong to {@code sellerId}. */
    List<InteractionEvent> forInteraction(SellerId sellerId, InteractionId interactionId);

    /**
     * Events of a seller with {@code from <= createdAt < to}, oldest first, restricted to {@code types} (all types
     * when empty).
     */
    List<InteractionEvent> forSeller(SellerId sellerId, Instant from, Instant to, Set<InteractionEventType> types);
}
