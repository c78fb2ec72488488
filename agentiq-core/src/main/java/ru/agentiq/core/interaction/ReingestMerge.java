package ru.agentiq.core.interaction;

/**
 * The one rule every {@link InteractionRepository} applies when an item is ingested again: the fresh data replaces the
 * stored data, except that extra-data keys AgentIQ wrote itself ({@link ExtraData#PRESERVED_ON_REINGEST}) survive
 * unless the fresh data sets them.
 */
public final class ReingestMerge {
    private ReingestMerge() {
    }

    /** The data to store when {@code incoming} arrives for a key that already holds {@code stored}. */
    public static InteractionData merge(InteractionData stored, InteractionData incoming) {
        ExtraData merged = incoming.extraData().preservingFrom(stored.extraData());
        if (merged == incoming.extraData()) {
            return incoming;
        }
        return incoming.toBuilder().extraData(merged).build();
    }
}
