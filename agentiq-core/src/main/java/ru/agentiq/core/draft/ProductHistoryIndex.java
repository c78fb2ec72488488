package ru.agentiq.core.draft;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.ingest.IngestionListener;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.interaction.UpsertResult;
import ru.agentiq.core.internal.Checks;

/**
 * The seller's response history per product, kept in memory (plan §5.2 {@code response_history}): for every
 * (seller, nmId), each interaction's intent and the reply it got. Fed by ingestion (as an {@link IngestionListener}),
 * by whoever records replies ({@link #observe(Interaction)}), or rebuilt from the repository
 * ({@link #rebuild(InteractionRepository, SellerId)}). A recall reads only the product's own entries, so drafting
 * costs the same on a large inbox as on a small one. Thread-safe.
 */
public final class ProductHistoryIndex implements ProductMemory, IngestionListener {

    private record Key(SellerId sellerId, String nmId) {
    }

    private record Entry(String intent, String reply, Instant at) {
    }

    private final Map<Key, Map<InteractionId, Entry>> products = new ConcurrentHashMap<>();
    private final Map<InteractionId, Key> productOf = new ConcurrentHashMap<>();

    /** Records (or replaces) what {@code interaction} says about its product. */
    public void observe(Interaction interaction) {
        Checks.required(interaction, "interaction");
        InteractionId id = interaction.id();
        String nmId = interaction.data().nmId();
        Key key = nmId == null ? null : new Key(interaction.sellerId(), nmId);
        Key previous = key == null ? productOf.remove(id) : productOf.put(id, key);
        if (previous != null && !previous.equals(key)) {
            Map<InteractionId, Entry> old = products.get(previous);
            if (old != null) {
                old.remove(id);
            }
        }
        if (key == null) {
            return;
        }
        String reply = interaction.data().extraData().getString("last_reply_text").filter(r -> !r.isBlank())
                .map(String::strip).orElse(null);
        Instant at = interaction.data().occurredAt() != null ? interaction.data().occurredAt()
                : interaction.createdAt();
        products.computeIfAbsent(key, k -> new ConcurrentHashMap<>())
                .put(id, new Entry(Intents.of(interaction.data().extraData()), reply, at));
    }

    @Override
    public void afterIngest(List<UpsertResult> results) {
        for (UpsertResult result : results) {
            observe(result.interaction());
        }
    }

    /** Observes every interaction of {@code sellerId} in the repository. */
    public void rebuild(InteractionRepository repository, SellerId sellerId) {
        ru.agentiq.core.quality.InboxScans.forEach(repository, InboxQuery.builder(sellerId), this::observe);
    }

    @Override
    public Recall recall(SellerId sellerId, String nmId, String intent, InteractionId exclude, int replyLimit,
            int intentLimit) {
        if (nmId == null || nmId.isBlank()) {
            return Recall.EMPTY;
        }
        Map<InteractionId, Entry> entries = products.get(new Key(sellerId, nmId.strip()));
        if (entries == null || entries.isEmpty()) {
            return Recall.EMPTY;
        }
        Map<String, Integer> intents = new HashMap<>();
        List<Map.Entry<InteractionId, Entry>> withReply = new ArrayList<>();
        for (Map.Entry<InteractionId, Entry> e : entries.entrySet()) {
            if (e.getKey().equals(exclude)) {
                continue;
            }
            Entry entry = e.getValue();
            if (entry.intent() != null) {
                intents.merge(entry.intent(), 1, Integer::sum);
            }
            if (entry.reply() != null && (intent == null || intent.equals(entry.intent()))) {
                withReply.add(e);
            }
        }
        withReply.sort(Comparator.<Map.Entry<InteractionId, Entry>, Instant>comparing(e -> e.getValue().at())
                .reversed().thenComparing(e -> e.getKey().value(), Comparator.reverseOrder()));
        List<String> replies = new ArrayList<>();
        for (int i = 0; i < withReply.size() && replies.size() < replyLimit; i++) {
            replies.add(withReply.get(i).getValue().reply());
        }
        return new Recall(replies, new LinkedHashMap<>(ProductMemory.top(intents, intentLimit)));
    }
}
