package ru.agentiq.app.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.agentiq.app.security.ApiCaller;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InboxPage;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.InboxSort;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionNotFoundException;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;

/** {@code /api/interactions}: the seller's inbox and interaction cards. */
@RestController
@RequestMapping("/api/interactions")
public class InteractionsController {

    private final InteractionRepository interactions;

    public InteractionsController(InteractionRepository interactions) {
        this.interactions = interactions;
    }

    /** The inbox page response; {@code total} is 0 when not asked for, as in the seed. */
    public record InboxResponse(List<InteractionView> interactions, long total, int pageSize, String nextCursor) {
    }

    @GetMapping
    public InboxResponse list(@AuthenticationPrincipal ApiCaller caller,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String priority,
            @RequestParam(name = "needs_response", required = false) Boolean needsResponse,
            @RequestParam(required = false) String marketplace,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String search,
            @RequestParam(required = false, defaultValue = "newest") String sort,
            @RequestParam(name = "include_total", required = false, defaultValue = "true") boolean includeTotal,
            @RequestParam(name = "page_size", required = false, defaultValue = "50") int pageSize,
            @RequestParam(required = false) String cursor) {
        SellerId seller = Callers.seller(caller);
        InboxQuery.Builder query = InboxQuery.builder(seller)
                .needsResponse(needsResponse)
                .search(search)
                .sort(InboxSort.fromWire(sort))
                .includeTotal(includeTotal)
                .pageSize(pageSize)
                .cursor(cursor);
        if (channel != null) {
            query.channels(Channel.fromWire(channel));
        }
        if (status != null) {
            query.statuses(InteractionStatus.fromWire(status));
        }
        if (priority != null) {
            query.priorities(Priority.fromWire(priority));
        }
        if (marketplace != null) {
            query.marketplace(Marketplace.fromWire(marketplace));
        }
        if (source != null) {
            query.source(InteractionSource.fromWire(source));
        }
        InboxPage page = interactions.find(query.build());
        return new InboxResponse(page.items().stream().map(InteractionView::of).toList(),
                page.total().orElse(0), pageSize, page.nextCursor().map(c -> c.encode()).orElse(null));
    }

    @GetMapping("/{id}")
    public InteractionView card(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id) {
        SellerId seller = Callers.seller(caller);
        if (id <= 0) {
            throw new ValidationException("id must be positive, was " + id);
        }
        InteractionId interactionId = InteractionId.of(id);
        return interactions.findById(seller, interactionId).map(InteractionView::of)
                .orElseThrow(() -> new InteractionNotFoundException(seller, interactionId));
    }
}
