package ru.agentiq.core.interaction;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import ru.agentiq.core.internal.Checks;

/**
 * One page of the inbox.
 *
 * @param items      at most {@link InboxQuery#pageSize()} interactions in the query's order
 * @param nextCursor present when more items follow; pass it to the next query
 * @param total      number of interactions matching the filters (all pages), when the query asked for it
 */
public record InboxPage(List<Interaction> items, Optional<InboxCursor> nextCursor, OptionalLong total) {

    public InboxPage {
        items = List.copyOf(Checks.required(items, "items"));
        Checks.required(nextCursor, "nextCursor");
        Checks.required(total, "total");
    }
}
