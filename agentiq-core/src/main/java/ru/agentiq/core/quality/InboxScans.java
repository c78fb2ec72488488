package ru.agentiq.core.quality;

import java.util.Optional;
import java.util.function.Consumer;
import ru.agentiq.core.interaction.InboxCursor;
import ru.agentiq.core.interaction.InboxPage;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionRepository;

/** Reads through the repository's paged inbox for metrics: counting and visiting every match. */
public final class InboxScans {

    private InboxScans() {
    }

    /** How many interactions match {@code query} (its page size and cursor are ignored). */
    public static long count(InteractionRepository repository, InboxQuery.Builder query) {
        InboxPage page = repository.find(query.pageSize(1).includeTotal(true).build());
        return page.total().orElseGet(() -> {
            long[] n = {0};
            forEach(repository, query, i -> n[0]++);
            return n[0];
        });
    }

    /** Visits every interaction matching {@code query}, page by page, in the query's order. */
    public static void forEach(InteractionRepository repository, InboxQuery.Builder query,
            Consumer<Interaction> visitor) {
        query.pageSize(InboxQuery.MAX_PAGE_SIZE).includeTotal(false).cursor((InboxCursor) null);
        InboxPage page = repository.find(query.build());
        while (true) {
            page.items().forEach(visitor);
            Optional<InboxCursor> next = page.nextCursor();
            if (next.isEmpty()) {
                return;
            }
            page = repository.find(query.cursor(next.get()).build());
        }
    }
}
