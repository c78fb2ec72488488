package ru.agentiq.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.InboxCursor;
import ru.agentiq.core.interaction.InboxPage;
import ru.agentiq.core.interaction.InboxPosition;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionKey;
import ru.agentiq.core.interaction.InteractionNotFoundException;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.ReferenceKind;
import ru.agentiq.core.interaction.ReferenceQuery;
import ru.agentiq.core.interaction.ReingestMerge;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.interaction.UpsertResult;
import ru.agentiq.core.interaction.UpsertResult.Outcome;
import ru.agentiq.core.internal.Checks;

/**
 * Thread-safe {@link InteractionRepository} in the heap. Upserts are atomic per key ({@link ConcurrentHashMap#compute});
 * an inbox page costs one pass over the seller's interactions plus a bounded heap of the page size, so it suits
 * embedded use, tests and demos up to a few hundred thousand interactions per seller. Reference lookups (timelines,
 * buyer profiles, link candidates) go through a per-seller index of order id, customer id, nmID and article, kept
 * inside the same per-key atomic step as the write, so they cost the matches, not the seller's size.
 */
public final class InMemoryInteractionRepository implements InteractionRepository {

    private final Map<SellerId, Map<InteractionKey, Interaction>> bySeller = new ConcurrentHashMap<>();
    private final Map<InteractionId, InteractionKey> keysById = new ConcurrentHashMap<>();
    /** Per seller, keys by id in id order, for keyset paging ({@link #findAfter}). */
    private final Map<SellerId, ConcurrentSkipListMap<Long, InteractionKey>> idOrder = new ConcurrentHashMap<>();
    /** Per seller, the keys of the interactions that carry each reference value. */
    private final Map<SellerId, ConcurrentHashMap<Reference, Set<InteractionKey>>> byReference =
            new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** One indexed reference value; the marketplace is part of it because a lookup names one. */
    private record Reference(Marketplace marketplace, ReferenceKind kind, String value) {
    }

    @Override
    public UpsertResult upsert(InteractionData incoming, Instant now) {
        InteractionKey key = incoming.key();
        Outcome[] outcome = new Outcome[1];
        Interaction stored = shard(key.sellerId()).compute(key, (k, existing) -> {
            if (existing == null) {
                outcome[0] = Outcome.CREATED;
                InteractionId id = InteractionId.of(ids.incrementAndGet());
                keysById.put(id, k);
                idOrder.computeIfAbsent(k.sellerId(), s -> new ConcurrentSkipListMap<>()).put(id.value(), k);
                reindex(k, null, incoming);
                return new Interaction(id, incoming, now, now);
            }
            InteractionData merged = ReingestMerge.merge(existing.data(), incoming);
            if (merged.equals(existing.data())) {
                outcome[0] = Outcome.UNCHANGED;
                return existing;
            }
            outcome[0] = Outcome.UPDATED;
            reindex(k, existing.data(), merged);
            return new Interaction(existing.id(), merged, existing.createdAt(), now);
        });
        return new UpsertResult(stored, outcome[0]);
    }

    @Override
    public Optional<Interaction> findById(SellerId sellerId, InteractionId id) {
        InteractionKey key = keysById.get(id);
        if (key == null || !key.sellerId().equals(sellerId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(shard(sellerId).get(key));
    }

    @Override
    public Optional<Interaction> findByKey(InteractionKey key) {
        return Optional.ofNullable(shard(key.sellerId()).get(key));
    }

    @Override
    public Interaction update(Interaction changed, Instant now) {
        InteractionKey key = keysById.get(changed.id());
        if (key == null || !key.sellerId().equals(changed.sellerId())) {
            throw new InteractionNotFoundException(changed.sellerId(), changed.id());
        }
        if (!key.equals(changed.key())) {
            throw new ValidationException("the key of interaction " + changed.id() + " cannot change: stored "
                    + key + ", given " + changed.key());
        }
        Interaction updated = shard(key.sellerId()).computeIfPresent(key, (k, existing) -> {
            reindex(k, existing.data(), changed.data());
            return new Interaction(existing.id(), changed.data(), existing.createdAt(), now);
        });
        if (updated == null) {
            throw new InteractionNotFoundException(changed.sellerId(), changed.id());
        }
        return updated;
    }

    @Override
    public InboxPage find(InboxQuery query) {
        Comparator<Interaction> order = query.sort().interactionOrder();
        InboxCursor cursor = query.cursor();
        int limit = query.pageSize() + 1;
        // Max-heap of the best `limit` items seen so far: O(n log pageSize) instead of sorting the whole inbox.
        PriorityQueue<Interaction> best = new PriorityQueue<>(limit, order.reversed());
        long total = 0;
        for (Interaction interaction : shard(query.sellerId()).values()) {
            if (!query.matches(interaction)) {
                continue;
            }
            total++;
            if (cursor != null && query.sort().order().compare(InboxPosition.of(interaction), cursor.position()) <= 0) {
                continue;
            }
            best.offer(interaction);
            if (best.size() > limit) {
                best.poll();
            }
        }
        List<Interaction> items = new ArrayList<>(best);
        items.sort(order);
        Optional<InboxCursor> next = Optional.empty();
        if (items.size() > query.pageSize()) {
            items = items.subList(0, query.pageSize());
            next = Optional.of(new InboxCursor(query.sort(), InboxPosition.of(items.get(items.size() - 1))));
        }
        return new InboxPage(items, next, query.includeTotal() ? OptionalLong.of(total) : OptionalLong.empty());
    }

    /**
     * The index's keys for the reference, each read back and checked against the query (so a key an in-flight write
     * is moving is never reported under a value its interaction no longer has), then a sort of the matches.
     */
    @Override
    public List<Interaction> findByReference(ReferenceQuery query) {
        Checks.required(query, "query");
        Map<Reference, Set<InteractionKey>> index = byReference.get(query.sellerId());
        Set<InteractionKey> keys = index == null ? null
                : index.get(new Reference(query.marketplace(), query.kind(), query.value()));
        if (keys == null) {
            return List.of();
        }
        Map<InteractionKey, Interaction> stored = shard(query.sellerId());
        List<Interaction> matches = new ArrayList<>(keys.size());
        for (InteractionKey key : keys) {
            Interaction interaction = stored.get(key);
            if (interaction != null && query.matches(interaction)) {
                matches.add(interaction);
            }
        }
        matches.sort(query.order());
        return List.copyOf(matches.size() > query.limit() ? matches.subList(0, query.limit()) : matches);
    }

    @Override
    public List<Interaction> findAfter(SellerId sellerId, InteractionId after, int limit) {
        Checks.required(sellerId, "sellerId");
        Checks.inRange(limit, 1, ReferenceQuery.MAX_LIMIT, "limit");
        ConcurrentSkipListMap<Long, InteractionKey> ids = idOrder.get(sellerId);
        if (ids == null) {
            return List.of();
        }
        Map<InteractionKey, Interaction> stored = shard(sellerId);
        List<Interaction> page = new ArrayList<>(Math.min(limit, 1024));
        for (InteractionKey key : (after == null ? ids : ids.tailMap(after.value(), false)).values()) {
            Interaction interaction = stored.get(key);
            if (interaction != null) {
                page.add(interaction);
                if (page.size() == limit) {
                    break;
                }
            }
        }
        return List.copyOf(page);
    }

    /** Number of interactions stored for {@code sellerId}. */
    public int count(SellerId sellerId) {
        return shard(sellerId).size();
    }

    /**
     * Moves {@code key} from the references of {@code before} (null for a new interaction) to those of {@code after}.
     * Runs inside the map's per-key compute, so writes of one key index in the order they are stored; each reference
     * set changes under its own per-value compute, so writers of different keys sharing a value lose nothing, and a
     * set is dropped only when it became empty in that same atomic step.
     */
    private void reindex(InteractionKey key, InteractionData before, InteractionData after) {
        ConcurrentHashMap<Reference, Set<InteractionKey>> index = byReference.computeIfAbsent(key.sellerId(),
                s -> new ConcurrentHashMap<>());
        for (ReferenceKind kind : REFERENCE_KINDS) {
            String old = before == null ? null : kind.of(before);
            String now = kind.of(after);
            if (java.util.Objects.equals(old, now)) {
                continue;
            }
            if (now != null) {
                index.compute(new Reference(key.marketplace(), kind, now), (r, keys) -> {
                    Set<InteractionKey> set = keys == null ? ConcurrentHashMap.newKeySet() : keys;
                    set.add(key);
                    return set;
                });
            }
            if (old != null) {
                index.computeIfPresent(new Reference(key.marketplace(), kind, old), (r, keys) -> {
                    keys.remove(key);
                    return keys.isEmpty() ? null : keys;
                });
            }
        }
    }

    private static final ReferenceKind[] REFERENCE_KINDS = ReferenceKind.values();

    private Map<InteractionKey, Interaction> shard(SellerId sellerId) {
        return bySeller.computeIfAbsent(sellerId, s -> new ConcurrentHashMap<>());
    }
}
