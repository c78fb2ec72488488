package ru.agentiq.core.testing;

import java.time.Duration;
import java.time.Instant;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;

/** In-memory repository, event log and clock for service tests, with terse helpers. */
public final class Store {

    public static final SellerId SELLER = SellerId.of(1);
    public static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    public final InMemoryInteractionRepository interactions = new InMemoryInteractionRepository();
    public final InMemoryInteractionEventStore events = new InMemoryInteractionEventStore();
    public final MutableClock clock = new MutableClock(NOW);
    private int sequence;

    public Interaction add(InteractionData.Builder data) {
        return interactions.upsert(data.build(), clock.instant()).interaction();
    }

    public InteractionData.Builder item(Channel channel) {
        return InteractionData.builder(SELLER, channel, channel.wire() + "-" + (++sequence))
                .text(channel == Channel.REVIEW ? "Хороший товар" : "Подскажите размер")
                .occurredAt(NOW.minus(Duration.ofHours(1)));
    }

    /** An answered item (needs no response, status responded). */
    public InteractionData.Builder answered(Channel channel) {
        return item(channel).needsResponse(false).status(InteractionStatus.RESPONDED).priority(
                ru.agentiq.core.interaction.Priority.LOW);
    }

    public InteractionData.Builder fromSource(Channel channel, InteractionSource source) {
        return item(channel).source(source);
    }

    public void event(Interaction i, InteractionEventType type, Instant at) {
        events.append(SELLER, i.id(), i.channel(), type, ExtraData.EMPTY, at);
    }

    public void event(Interaction i, InteractionEventType type, Instant at, ExtraData details) {
        events.append(SELLER, i.id(), i.channel(), type, details, at);
    }

    public static Instant ago(Duration d) {
        return NOW.minus(d);
    }
}
