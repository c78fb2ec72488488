package ru.agentiq.core.interaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Port: where interactions live. Implementations must be safe for concurrent use, scope every read by seller, and
 * honour the contract of each method exactly — the conformance kit in core's test jar checks it.
 */
public interface InteractionRepository {

    /**
     * Inserts {@code incoming} or, when its {@link InteractionData#key() key} exists, replaces the stored data with
     * {@link ReingestMerge#merge(InteractionData, InteractionData)}. Atomic per key: concurrent upserts of one key
     * produce exactly one interaction. {@code updatedAt} moves to {@code now} only when the data changed; an identical
     * upsert writes nothing and reports {@link UpsertResult.Outcome#UNCHANGED}.
     */
    UpsertResult upsert(InteractionData incoming, Instant now);

    /**
     * {@link #upsert(InteractionData, Instant) Upserts} every item, in order, and returns one result per item.
     * Items must have distinct keys. Adapters override this to write a page in a few round trips; the default
     * upserts one by one.
     *
     * @throws ru.agentiq.core.ValidationException when two items share a key
     */
    default List<UpsertResult> upsertAll(List<InteractionData> items, Instant now) {
        UpsertBatches.requireDistinctKeys(items);
        List<UpsertResult> results = new ArrayList<>(items.size());
        for (InteractionData item : items) {
            results.add(upsert(item, now));
        }
        return results;
    }

    /** The interaction with {@code id} if it belongs to {@code sellerId}. */
    Optional<Interaction> findById(SellerId sellerId, InteractionId id);

    /** The interaction with this natural key. */
    Optional<Interaction> findByKey(InteractionKey key);

    /**
     * Stores new data for an existing interaction (a reply, a draft, a recomputed priority) and returns it with
     * {@code updatedAt = now}. The key (seller, marketplace, channel, external id) cannot change.
     *
     * @throws InteractionNotFoundException when {@code changed.id()} does not exist for its seller
     * @throws ru.agentiq.core.ValidationException when the key differs from the stored one
     */
    Interaction update(Interaction changed, Instant now);

    /** One page of a seller's inbox; see {@link InboxQuery} for filters, order and paging. */
    InboxPage find(InboxQuery query);

    /**
     * The interactions that share one reference with something — an order, a buyer, a product — in the order and
     * window {@link ReferenceQuery} describes (for thread timelines, buyer profiles, link candidates).
     */
    List<Interaction> findByReference(ReferenceQuery query);

    /**
     * Up to {@code limit} interactions of {@code sellerId} with an id greater than {@code after} (from the first when
     * {@code after} is null), ascending by id: keyset paging over a whole seller for batch jobs such as a full link
     * recomputation. Interactions stored while paging appear in a later page if their id is greater.
     *
     * @throws ru.agentiq.core.ValidationException when {@code limit} is not 1..{@value ReferenceQuery#MAX_LIMIT}
     */
    List<Interaction> findAfter(SellerId sellerId, InteractionId after, int limit);
}
