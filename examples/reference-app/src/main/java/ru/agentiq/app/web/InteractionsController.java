package ru.agentiq.app.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
import ru.agentiq.core.reply.ReplyResult;
import ru.agentiq.core.reply.ReplyService;
import ru.agentiq.core.sync.ChannelReport;
import ru.agentiq.core.sync.SyncOptions;
import ru.agentiq.core.sync.SyncReport;
import ru.agentiq.core.sync.SyncService;

/** {@code /api/interactions}: the seller's inbox and interaction cards. */
@RestController
@RequestMapping("/api/interactions")
public class InteractionsController {

    private final InteractionRepository interactions;
    private final ReplyService replies;
    private final ObjectProvider<SyncService> sync;

    public InteractionsController(InteractionRepository interactions, ReplyService replies,
            ObjectProvider<SyncService> sync) {
        this.interactions = interactions;
        this.replies = replies;
        this.sync = sync;
    }

    /** Body of a reply: the text, at most 5,000 characters. */
    public record ReplyBody(String text) {
    }

    /** The seed's reply response plus the outcome AgentIQ recorded and the guardrail warnings. */
    public record ReplyResponse(InteractionView interaction, String result, String outcome, boolean alreadyDone,
            List<Map<String, Object>> warnings) {
    }

    /** One channel of a sync run. */
    public record SyncResponse(long sellerId, String channel, String source, String outcome, int fetched,
            int created, int updated, int skipped, String error) {
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

    /**
     * Replies to an interaction: guardrails first (a blocking violation → 422 with the violations), then delivery
     * through the configured dispatcher. An {@code Idempotency-Key} header makes retries safe.
     */
    @PostMapping("/{id}/reply")
    public ReplyResponse reply(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id,
            @RequestBody(required = false) ReplyBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        SellerId seller = Callers.seller(caller);
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw new ApiExceptionHandler.BadRequestException("text must not be blank");
        }
        if (id <= 0) {
            throw new ValidationException("id must be positive, was " + id);
        }
        ReplyResult result = idempotencyKey == null || idempotencyKey.isBlank()
                ? replies.reply(seller, InteractionId.of(id), body.text())
                : replies.reply(seller, InteractionId.of(id), body.text(), idempotencyKey.strip());
        List<Map<String, Object>> warnings = result.warnings().stream().map(f -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("type", f.type().wire());
            m.put("category", f.category());
            m.put("phrase", f.phrase());
            m.put("severity", f.severity().wire());
            m.put("message", f.message());
            return m;
        }).toList();
        return new ReplyResponse(InteractionView.of(result.interaction()), "sent", result.outcome().wire(),
                result.alreadyDone(), warnings);
    }

    /** Synchronises one channel ({@code reviews}, {@code questions} or {@code chats}) from WB now. */
    @PostMapping("/sync/{channel}")
    public SyncResponse syncChannel(@AuthenticationPrincipal ApiCaller caller, @PathVariable String channel) {
        SellerId seller = Callers.seller(caller);
        Channel target = switch (channel) {
            case "reviews", "review" -> Channel.REVIEW;
            case "questions", "question" -> Channel.QUESTION;
            case "chats", "chat" -> Channel.CHAT;
            default -> throw new ValidationException("channel must be one of reviews|questions|chats, was '"
                    + channel + "'");
        };
        SyncService service = sync.getIfAvailable();
        if (service == null) {
            throw new WbNotConfiguredException();
        }
        SyncReport report = service.sync(seller, SyncOptions.builder().channel(target).build());
        ChannelReport c = report.channels().stream().filter(r -> r.channel() == target).findFirst()
                .orElseThrow(() -> new IllegalStateException("the sync did not report channel " + target.wire()));
        return new SyncResponse(seller.value(), target.wire(), "wb_api", c.outcome().name().toLowerCase(
                java.util.Locale.ROOT), c.fetched(), c.created(), c.updated() + c.unchanged(), c.skipped(), c.error());
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
