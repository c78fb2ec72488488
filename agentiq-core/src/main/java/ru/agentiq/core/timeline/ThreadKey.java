package ru.agentiq.core.timeline;

import ru.agentiq.core.interaction.InteractionData;

/**
 * The anchor's references a thread was looked up by (the seed's {@code thread_key}); each may be null.
 *
 * @param orderId        order id
 * @param customerId     marketplace buyer id
 * @param nmId           WB article number
 * @param productArticle seller article
 */
public record ThreadKey(String orderId, String customerId, String nmId, String productArticle) {

    public static ThreadKey of(InteractionData anchor) {
        return new ThreadKey(anchor.orderId(), anchor.customerId(), anchor.nmId(), anchor.productArticle());
    }
}
