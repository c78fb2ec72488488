package ru.agentiq.core.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.agentiq.core.interaction.InboxPage;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.InboxSort;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * What the seller's history says about a product (plan §5.2 response history, phase 3): the latest replies the seller
 * gave on this product for the same intent, and the intents buyers raise most often about it. Two implementations:
 * {@link #scanning(InteractionRepository)} reads the repository on every call (no state, slower on big inboxes);
 * {@link ProductHistoryIndex} keeps a per-product index fed by ingestion and replies.
 */
public interface ProductMemory {

    /**
     * @param pastReplies     the seller's latest replies on this product and intent, newest first
     * @param frequentIntents intents buyers raised about the product, most frequent first, with counts
     */
    record Recall(List<String> pastReplies, Map<String, Integer> frequentIntents) {
        public Recall {
            pastReplies = List.copyOf(pastReplies);
            frequentIntents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(frequentIntents));
        }

        public static final Recall EMPTY = new Recall(List.of(), Map.of());
    }

    /**
     * @param intent      the current interaction's intent; null matches replies of any intent
     * @param exclude     the current interaction, left out
     * @param replyLimit  replies to return
     * @param intentLimit intents to return
     */
    Recall recall(SellerId sellerId, String nmId, String intent, InteractionId exclude, int replyLimit,
            int intentLimit);

    /** Reads the newest {@value Scanning#DEFAULT_SCAN_LIMIT} interactions of the product on every call. */
    static ProductMemory scanning(InteractionRepository interactions) {
        return new Scanning(interactions, Scanning.DEFAULT_SCAN_LIMIT);
    }

    /** Most frequent first, then by name; at most {@code limit}. */
    static Map<String, Integer> top(Map<String, Integer> counts, int limit) {
        Map<String, Integer> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    /** The repository-scanning memory. Thread-safe when the repository is. */
    final class Scanning implements ProductMemory {

        public static final int DEFAULT_SCAN_LIMIT = 200;

        private final InteractionRepository interactions;
        private final int scanLimit;

        Scanning(InteractionRepository interactions, int scanLimit) {
            this.interactions = Checks.required(interactions, "interactions");
            this.scanLimit = Checks.inRange(scanLimit, 1, 10_000, "scanLimit");
        }

        @Override
        public Recall recall(SellerId sellerId, String nmId, String intent, InteractionId exclude, int replyLimit,
                int intentLimit) {
            if (nmId == null || nmId.isBlank()) {
                return Recall.EMPTY;
            }
            List<String> replies = new ArrayList<>();
            Map<String, Integer> intents = new LinkedHashMap<>();
            InboxQuery.Builder query = InboxQuery.builder(sellerId).search(nmId).sort(InboxSort.NEWEST)
                    .pageSize(InboxQuery.MAX_PAGE_SIZE).includeTotal(false);
            int scanned = 0;
            InboxPage page = interactions.find(query.build());
            outer:
            while (true) {
                for (Interaction i : page.items()) {
                    if (!nmId.equals(i.data().nmId()) || i.id().equals(exclude)) {
                        continue;
                    }
                    if (++scanned > scanLimit) {
                        break outer;
                    }
                    String itsIntent = Intents.of(i.data().extraData());
                    if (itsIntent != null) {
                        intents.merge(itsIntent, 1, Integer::sum);
                    }
                    String reply = i.data().extraData().getString("last_reply_text").orElse(null);
                    if (reply != null && !reply.isBlank() && replies.size() < replyLimit
                            && (intent == null || intent.equals(itsIntent))) {
                        replies.add(reply.strip());
                    }
                }
                if (page.nextCursor().isEmpty()) {
                    break;
                }
                page = interactions.find(query.cursor(page.nextCursor().get()).build());
            }
            return new Recall(replies, top(intents, intentLimit));
        }
    }
}
