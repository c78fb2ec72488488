package ru.agentiq.core.interaction;

import java.time.Instant;
import ru.agentiq.core.internal.Checks;

/**
 * Where an interaction stands in every {@link InboxSort}: the fields the orders compare. A cursor is the position of
 * the last item of a page; the next page starts strictly after it.
 *
 * @param priorityRank {@link Priority#rank()}
 * @param slaDueAt     nullable
 * @param occurredAt   nullable
 * @param createdAt    required
 * @param id           required, positive
 */
public record InboxPosition(int priorityRank, Instant slaDueAt, Instant occurredAt, Instant createdAt, long id) {

    public InboxPosition {
        Checks.inRange(priorityRank, 0, Priority.values().length - 1, "priorityRank");
        Checks.required(createdAt, "createdAt");
        Checks.positive(id, "id");
    }

    public static InboxPosition of(Interaction interaction) {
        InteractionData data = interaction.data();
        return new InboxPosition(data.priority().rank(), data.slaDueAt(), data.occurredAt(),
                interaction.createdAt(), interaction.id().value());
    }
}
