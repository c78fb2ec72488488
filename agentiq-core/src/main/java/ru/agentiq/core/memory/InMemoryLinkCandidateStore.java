package ru.agentiq.core.memory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.linking.InteractionLinks;
import ru.agentiq.core.linking.LinkCandidateStore;

/** Thread-safe {@link LinkCandidateStore} in the heap. */
public final class InMemoryLinkCandidateStore implements LinkCandidateStore {

    private final Map<SellerId, Map<InteractionId, InteractionLinks>> bySeller = new ConcurrentHashMap<>();

    @Override
    public void saveAll(SellerId sellerId, Collection<InteractionLinks> links) {
        Checks.required(sellerId, "sellerId");
        Checks.required(links, "links");
        for (InteractionLinks entry : links) {
            if (!entry.sellerId().equals(sellerId)) {
                throw new ValidationException("links of interaction " + entry.interactionId() + " belong to seller "
                        + entry.sellerId() + ", not " + sellerId);
            }
        }
        Map<InteractionId, InteractionLinks> shard = bySeller.computeIfAbsent(sellerId, s -> new ConcurrentHashMap<>());
        for (InteractionLinks entry : links) {
            shard.put(entry.interactionId(), entry);
        }
    }

    @Override
    public Optional<InteractionLinks> find(SellerId sellerId, InteractionId interactionId) {
        Map<InteractionId, InteractionLinks> shard = bySeller.get(sellerId);
        return shard == null ? Optional.empty() : Optional.ofNullable(shard.get(interactionId));
    }

    /** Interactions with stored candidates (possibly empty lists) for {@code sellerId}. */
    public int count(SellerId sellerId) {
        Map<InteractionId, InteractionLinks> shard = bySeller.get(sellerId);
        return shard == null ? 0 : shard.size();
    }
}
