package ru.agentiq.core.interaction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.agentiq.core.ValidationException;

/** Checks shared by {@link InteractionRepository#upsertAll} implementations. */
public final class UpsertBatches {
    private UpsertBatches() {
    }

    /** Rejects a batch in which two items share a key: their order would decide which one wins. */
    public static void requireDistinctKeys(List<InteractionData> items) {
        Set<InteractionKey> keys = new HashSet<>(items.size() * 2);
        for (InteractionData item : items) {
            if (!keys.add(item.key())) {
                throw new ValidationException("a batch upsert must not repeat a key, " + item.key() + " appears twice");
            }
        }
    }
}
