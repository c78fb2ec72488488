package ru.agentiq.core.history;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;

/**
 * Port: the seller's reply history (plan §5.2 {@code response_history}). One record per (seller, interaction): the
 * newest reply wins — recording a reply whose {@code repliedAt} is the same as or later than the stored one's replaces
 * it, an older one is ignored, so re-recording (a retried reply, a re-ingested answer) is a no-op and arrival order
 * does not matter. Every operation is scoped by seller. Implementations are thread-safe.
 */
public interface ResponseHistoryStore {

    /** Most records one recall returns. */
    int MAX_LIMIT = 200;

    /** Records {@code record} under the rule above. */
    default void record(ResponseRecord record) {
        recordAll(record.sellerId(), List.of(record));
    }

    /**
     * Records every one of {@code records} under the rule above (for the same interaction twice in one call, the
     * newer wins).
     *
     * @throws ru.agentiq.core.ValidationException a record of another seller (nothing is written)
     */
    void recordAll(SellerId sellerId, Collection<ResponseRecord> records);

    /** The record of one interaction. */
    Optional<ResponseRecord> find(SellerId sellerId, InteractionId interactionId);

    /**
     * The seller's newest replies about {@code product}, newest first ({@code repliedAt}, then interaction id, both
     * descending).
     *
     * @param intent only replies to interactions of this intent; null for any intent
     * @param limit  1..{@value #MAX_LIMIT}
     */
    List<ResponseRecord> recent(SellerId sellerId, ProductRef product, String intent, int limit);
}
