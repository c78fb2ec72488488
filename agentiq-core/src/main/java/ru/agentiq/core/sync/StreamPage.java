package ru.agentiq.core.sync;

import java.util.List;

/**
 * A page of a change stream (WB chat events), oldest change first.
 *
 * @param items      interactions the changes touched; later items describe later states
 * @param nextCursor where the next page starts; null when the source gave none (keep the current cursor)
 * @param exhausted  whether the source has nothing newer right now
 */
public record StreamPage(List<FeedItem> items, String nextCursor, boolean exhausted) {
    public StreamPage {
        items = List.copyOf(items);
    }
}
