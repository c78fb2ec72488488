package ru.agentiq.core.interaction;

import java.time.Instant;
import java.util.function.UnaryOperator;
import ru.agentiq.core.internal.Checks;

/**
 * A stored interaction: its {@link InteractionData} plus what the store maintains — the id, when it was first stored
 * and when its data last changed.
 *
 * @param id        store-assigned id
 * @param data      the business fields
 * @param createdAt when it was first stored
 * @param updatedAt when its data last changed (equals {@code createdAt} until then)
 */
public record Interaction(InteractionId id, InteractionData data, Instant createdAt, Instant updatedAt) {

    public Interaction {
        Checks.required(id, "id");
        Checks.required(data, "data");
        createdAt = Checks.micros(Checks.required(createdAt, "createdAt"));
        updatedAt = Checks.micros(Checks.required(updatedAt, "updatedAt"));
    }

    public SellerId sellerId() {
        return data.sellerId();
    }

    public Channel channel() {
        return data.channel();
    }

    public InteractionKey key() {
        return data.key();
    }

    /** A copy whose data is {@code change} applied to a builder of the current data; id and timestamps kept. */
    public Interaction withData(UnaryOperator<InteractionData.Builder> change) {
        return new Interaction(id, change.apply(data.toBuilder()).build(), createdAt, updatedAt);
    }
}
