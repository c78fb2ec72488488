package ru.agentiq.core.draft;

import ru.agentiq.core.interaction.SellerId;

/**
 * Port: told about every draft {@link DraftService#draft} hands out — generated or served from the cache — for
 * observability (drafts by source, fallback rate) without wrapping the service. Called on the drafting thread after the
 * draft was stored and its event recorded; must be quick and thread-safe. An exception it throws is logged and
 * ignored: observing a draft never costs the operator the draft.
 */
@FunctionalInterface
public interface DraftListener {

    void onDraft(SellerId sellerId, Draft draft);

    /** A listener that does nothing. */
    static DraftListener none() {
        return (sellerId, draft) -> {
        };
    }
}
