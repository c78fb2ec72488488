package ru.agentiq.core.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.history.ProductRef;
import ru.agentiq.core.history.ResponseHistoryStore;
import ru.agentiq.core.history.ResponseRecord;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.ReferenceKind;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * Thread-safe {@link ResponseHistoryStore} in the heap, indexed by product so a recall reads only that product's
 * records. Keeps every record: size it like the in-memory interaction repository it usually sits next to.
 */
public final class InMemoryResponseHistoryStore implements ResponseHistoryStore {

    private record Key(SellerId sellerId, InteractionId interactionId) {
    }

    private record Product(SellerId sellerId, ReferenceKind kind, String value) {
    }

    private static final Comparator<ResponseRecord> NEWEST_FIRST = Comparator
            .comparing(ResponseRecord::repliedAt).thenComparing(r -> r.interactionId().value()).reversed();

    private final Map<Key, ResponseRecord> records = new HashMap<>();
    private final Map<Product, Set<Key>> byProduct = new HashMap<>();

    @Override
    public synchronized void recordAll(SellerId sellerId, Collection<ResponseRecord> batch) {
        Checks.required(sellerId, "sellerId");
        Checks.required(batch, "records");
        for (ResponseRecord r : batch) {
            Checks.required(r, "record");
            if (!r.sellerId().equals(sellerId)) {
                throw new ValidationException("the record of interaction " + r.interactionId() + " belongs to seller "
                        + r.sellerId() + ", not " + sellerId);
            }
        }
        for (ResponseRecord r : batch) {
            Key key = new Key(sellerId, r.interactionId());
            ResponseRecord old = records.get(key);
            if (old != null && r.repliedAt().isBefore(old.repliedAt())) {
                continue;
            }
            if (old != null) {
                unindex(key, old);
            }
            records.put(key, r);
            index(key, r);
        }
    }

    @Override
    public synchronized Optional<ResponseRecord> find(SellerId sellerId, InteractionId interactionId) {
        Checks.required(sellerId, "sellerId");
        Checks.required(interactionId, "interactionId");
        return Optional.ofNullable(records.get(new Key(sellerId, interactionId)));
    }

    @Override
    public synchronized List<ResponseRecord> recent(SellerId sellerId, ProductRef product, String intent, int limit) {
        Checks.required(sellerId, "sellerId");
        Checks.required(product, "product");
        Checks.inRange(limit, 1, MAX_LIMIT, "limit");
        String wanted = intent == null || intent.isBlank() ? null : intent.strip();
        List<ResponseRecord> out = new ArrayList<>();
        for (Key key : byProduct.getOrDefault(new Product(sellerId, product.kind(), product.value()), Set.of())) {
            ResponseRecord r = records.get(key);
            if (wanted == null || wanted.equals(r.intent())) {
                out.add(r);
            }
        }
        out.sort(NEWEST_FIRST);
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    private void index(Key key, ResponseRecord r) {
        for (Product p : products(r)) {
            byProduct.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(key);
        }
    }

    private void unindex(Key key, ResponseRecord r) {
        for (Product p : products(r)) {
            Set<Key> keys = byProduct.get(p);
            if (keys != null && keys.remove(key) && keys.isEmpty()) {
                byProduct.remove(p);
            }
        }
    }

    private static List<Product> products(ResponseRecord r) {
        List<Product> out = new ArrayList<>(2);
        if (r.nmId() != null) {
            out.add(new Product(r.sellerId(), ReferenceKind.NM_ID, r.nmId()));
        }
        if (r.productArticle() != null) {
            out.add(new Product(r.sellerId(), ReferenceKind.PRODUCT_ARTICLE, r.productArticle()));
        }
        return out;
    }
}
