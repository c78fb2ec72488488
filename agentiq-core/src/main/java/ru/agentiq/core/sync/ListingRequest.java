package ru.agentiq.core.sync;

import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * One page of a dated listing, newest first.
 *
 * @param sellerId tenant
 * @param channel  a listing channel of the feed (reviews, questions)
 * @param answered the answered (processed) listing, or the unanswered one
 * @param skip     items to skip, ≥ 0
 * @param take     page size, ≥ 1
 */
public record ListingRequest(SellerId sellerId, Channel channel, boolean answered, int skip, int take) {
    public ListingRequest {
        Checks.required(sellerId, "sellerId");
        Checks.required(channel, "channel");
        if (skip < 0) {
            throw new IllegalArgumentException("skip must be >= 0, was " + skip);
        }
        if (take < 1) {
            throw new IllegalArgumentException("take must be >= 1, was " + take);
        }
    }
}
