package ru.agentiq.core.interaction;

import ru.agentiq.core.internal.Checks;

/**
 * What an upsert did.
 *
 * @param interaction the stored interaction after the upsert
 * @param outcome     whether it was created, changed or already identical
 */
public record UpsertResult(Interaction interaction, Outcome outcome) {

    public UpsertResult {
        Checks.required(interaction, "interaction");
        Checks.required(outcome, "outcome");
    }

    /** The three things an idempotent upsert can do. */
    public enum Outcome {
        /** No interaction had the key; one was created. */
        CREATED,
        /** An interaction had the key and its data changed. */
        UPDATED,
        /** An interaction had the key and already held exactly this data; nothing was written. */
        UNCHANGED
    }
}
