package ru.agentiq.core.sync;

import java.time.Instant;
import ru.agentiq.core.interaction.InteractionData;

/**
 * A pluggable step applied to every normalised item before it is stored — above all prioritisation:
 * {@code SyncService.builder(feed, repository).itemStep(prioritizer::prioritise)} with an
 * {@link ru.agentiq.core.priority.InteractionPrioritizer} sets priority, intent and SLA due time. Must be fast; it runs
 * on the sync thread for every item.
 */
@FunctionalInterface
public interface ItemStep {

    /** Leaves items as the feed produced them. */
    ItemStep NONE = (item, now) -> item;

    InteractionData apply(InteractionData item, Instant now);

    /** This step, then {@code next}. */
    default ItemStep andThen(ItemStep next) {
        return (item, now) -> next.apply(apply(item, now), now);
    }
}
