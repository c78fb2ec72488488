package ru.agentiq.core.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.agentiq.core.draft.ProductMemory;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * {@link ProductMemory} on a {@link ResponseHistoryStore}: past replies are the store's newest replies on the product
 * (and intent); frequent intents are counted over the product's newest {@code intentWindow} replies, that is the
 * intents the seller has answered on it. At most two bounded, indexed lookups per draft, whatever the inbox size, and
 * the memory survives restarts and is shared by every instance when the store is persistent. Thread-safe.
 */
public final class ResponseHistoryMemory implements ProductMemory {

    /** Replies intents are counted over by default. */
    public static final int DEFAULT_INTENT_WINDOW = ResponseHistoryStore.MAX_LIMIT;

    private final ResponseHistoryStore store;
    private final int intentWindow;

    public ResponseHistoryMemory(ResponseHistoryStore store) {
        this(store, DEFAULT_INTENT_WINDOW);
    }

    /** @param intentWindow 1..{@value ResponseHistoryStore#MAX_LIMIT} newest replies that frequent intents count */
    public ResponseHistoryMemory(ResponseHistoryStore store, int intentWindow) {
        this.store = Checks.required(store, "store");
        this.intentWindow = Checks.inRange(intentWindow, 1, ResponseHistoryStore.MAX_LIMIT, "intentWindow");
    }

    @Override
    public Recall recall(SellerId sellerId, String nmId, String intent, InteractionId exclude, int replyLimit,
            int intentLimit) {
        Checks.required(sellerId, "sellerId");
        if (nmId == null || nmId.isBlank() || (replyLimit <= 0 && intentLimit <= 0)) {
            return Recall.EMPTY;
        }
        ProductRef product = ProductRef.nmId(nmId);
        List<String> replies = new ArrayList<>();
        if (replyLimit > 0) {
            // one more than asked, in case the excluded interaction is among them
            int fetch = Math.min(replyLimit + 1, ResponseHistoryStore.MAX_LIMIT);
            for (ResponseRecord r : store.recent(sellerId, product, intent, fetch)) {
                if (replies.size() < replyLimit && !r.interactionId().equals(exclude)) {
                    replies.add(r.text());
                }
            }
        }
        Map<String, Integer> intents = new HashMap<>();
        if (intentLimit > 0) {
            for (ResponseRecord r : store.recent(sellerId, product, null, intentWindow)) {
                if (r.intent() != null && !r.interactionId().equals(exclude)) {
                    intents.merge(r.intent(), 1, Integer::sum);
                }
            }
        }
        return new Recall(replies, ProductMemory.top(intents, Math.max(intentLimit, 0)));
    }
}
