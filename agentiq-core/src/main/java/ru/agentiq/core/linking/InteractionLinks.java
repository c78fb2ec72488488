package ru.agentiq.core.linking;

import java.time.Instant;
import java.util.List;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * The current link candidates of one interaction (the seed's {@code link_candidates} and {@code link_updated_at}).
 *
 * @param sellerId      tenant
 * @param interactionId the anchor
 * @param candidates    best first: confidence descending, then nearest in time, then newest; at most
 *                      {@link LinkingConfig#MAX_MAX_CANDIDATES}; possibly empty
 * @param updatedAt     when they were computed
 */
public record InteractionLinks(SellerId sellerId, InteractionId interactionId, List<LinkCandidate> candidates,
        Instant updatedAt) {

    public InteractionLinks {
        Checks.required(sellerId, "sellerId");
        Checks.required(interactionId, "interactionId");
        candidates = List.copyOf(Checks.required(candidates, "candidates"));
        Checks.required(updatedAt, "updatedAt");
        if (candidates.size() > LinkingConfig.MAX_MAX_CANDIDATES) {
            throw new ValidationException("candidates must be at most " + LinkingConfig.MAX_MAX_CANDIDATES
                    + ", was " + candidates.size());
        }
        for (LinkCandidate c : candidates) {
            if (c.interactionId().equals(interactionId)) {
                throw new ValidationException("interaction " + interactionId + " cannot be its own link candidate");
            }
        }
    }
}
