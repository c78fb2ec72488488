package ru.agentiq.core.sync;

import java.util.List;

/**
 * A page of a dated listing in the order the source returned it (newest first).
 *
 * @param items raw items, accepted and rejected
 */
public record ListingPage(List<FeedItem> items) {
    public ListingPage {
        items = List.copyOf(items);
    }
}
