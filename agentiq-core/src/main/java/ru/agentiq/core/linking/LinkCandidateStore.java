package ru.agentiq.core.linking;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;

/**
 * Port: where each interaction's current link candidates are kept (the seed kept them in {@code extra_data}; a
 * database adapter keeps them in their own table). Implementations must be safe for concurrent use and scope every
 * read and write by seller.
 */
public interface LinkCandidateStore {

    /**
     * Replaces the stored candidates of every interaction in {@code links}, all of {@code sellerId}. An empty
     * candidate list is stored as such (the interaction was linked and has no candidates).
     *
     * @throws ru.agentiq.core.ValidationException when an entry belongs to another seller
     */
    void saveAll(SellerId sellerId, Collection<InteractionLinks> links);

    /** Replaces the stored candidates of one interaction. */
    default void save(InteractionLinks links) {
        saveAll(links.sellerId(), List.of(links));
    }

    /** The stored candidates of {@code interactionId}, if it was ever linked. */
    Optional<InteractionLinks> find(SellerId sellerId, InteractionId interactionId);
}
