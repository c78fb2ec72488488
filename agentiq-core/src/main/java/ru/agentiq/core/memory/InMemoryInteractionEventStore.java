package ru.agentiq.core.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InteractionEvent;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;

/** Thread-safe, append-only {@link InteractionEventStore} in the heap, partitioned by seller. */
public final class InMemoryInteractionEventStore implements InteractionEventStore {

    private final Map<SellerId, ConcurrentLinkedQueue<InteractionEvent>> bySeller = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public InteractionEvent append(SellerId sellerId, InteractionId interactionId, Channel channel,
            InteractionEventType type, ExtraData details, Instant createdAt) {
        InteractionEvent event = new InteractionEvent(ids.incrementAndGet(), sellerId, interactionId, channel, type,
                details, createdAt);
        bySeller.computeIfAbsent(sellerId, s -> new ConcurrentLinkedQueue<>()).add(event);
        return event;
    }

    @Override
    public List<InteractionEvent> forInteraction(SellerId sellerId, InteractionId interactionId) {
        return events(sellerId).stream()
                .filter(e -> e.interactionId().equals(interactionId))
                .sorted(Comparator.comparingLong(InteractionEvent::id))
                .toList();
    }

    @Override
    public List<InteractionEvent> forSeller(SellerId sellerId, Instant from, Instant to,
            Set<InteractionEventType> types) {
        return events(sellerId).stream()
                .filter(e -> !e.createdAt().isBefore(from) && e.createdAt().isBefore(to))
                .filter(e -> types.isEmpty() || types.contains(e.type()))
                .sorted(Comparator.comparing(InteractionEvent::createdAt)
                        .thenComparingLong(InteractionEvent::id))
                .toList();
    }

    private ConcurrentLinkedQueue<InteractionEvent> events(SellerId sellerId) {
        return bySeller.getOrDefault(sellerId, new ConcurrentLinkedQueue<>());
    }
}
