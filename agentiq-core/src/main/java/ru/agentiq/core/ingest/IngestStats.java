package ru.agentiq.core.ingest;

import java.util.List;
import ru.agentiq.core.interaction.InteractionId;

/**
 * What one ingest run did. {@code fetched = created + updated + unchanged + skipped}; the seed reported
 * {@code unchanged} items as updated, so {@link #updatedOrUnchanged()} gives its number.
 *
 * @param fetched      raw items received, before de-duplication
 * @param created      new interactions stored
 * @param updated      existing interactions whose data changed
 * @param unchanged    existing interactions that already held exactly this data
 * @param skipped      items not stored: rejected by the normaliser or repeated within the run
 * @param skippedItems why each skipped item was skipped
 * @param touched      ids of created and updated interactions, in batch order
 */
public record IngestStats(
        int fetched,
        int created,
        int updated,
        int unchanged,
        int skipped,
        List<SkippedItem> skippedItems,
        List<InteractionId> touched) {

    public IngestStats {
        skippedItems = List.copyOf(skippedItems);
        touched = List.copyOf(touched);
        if (fetched != created + updated + unchanged + skipped) {
            throw new IllegalArgumentException("fetched " + fetched + " != created " + created + " + updated "
                    + updated + " + unchanged " + unchanged + " + skipped " + skipped);
        }
    }

    public int updatedOrUnchanged() {
        return updated + unchanged;
    }
}
