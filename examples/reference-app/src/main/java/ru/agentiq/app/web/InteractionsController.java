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
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import ru.agentiq.app.security.ApiCaller;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.policy.CreditPolicy;
import ru.agentiq.core.customer.CustomerProfileService;
import ru.agentiq.core.draft.Draft;
import ru.agentiq.core.draft.DraftService;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.linking.LinkingService;
import ru.agentiq.core.timeline.TimelineOptions;
import ru.agentiq.core.timeline.TimelineService;
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
    private final LinkingService linking;
    private final CustomerProfileService profiles;
    private final TimelineService timelines;
    private final DraftService drafts;
    private final CreditLedger ledger;
    private final CreditPolicy policy;

    public InteractionsController(InteractionRepository interactions, ReplyService replies,
            ObjectProvider<SyncService> sync, LinkingService linking, CustomerProfileService profiles,
            TimelineService timelines, DraftService drafts, CreditLedger ledger, CreditPolicy policy) {
        this.interactions = interactions;
        this.replies = replies;
        this.sync = sync;
        this.linking = linking;
        this.profiles = profiles;
        this.timelines = timelines;
        this.drafts = drafts;
        this.ledger = ledger;
        this.policy = policy;
    }

    /** An interaction card: every field of the interaction plus its context block. */
    public record CardView(@JsonUnwrapped InteractionView interaction, ContextView context) {
    }

    /** Body of an AI-draft request. */
    public record DraftBody(Boolean forceRegenerate) {
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

    /** The card: the interaction, its link candidates and its buyer's profile. Other sellers' ids are 404. */
    @GetMapping("/{id}")
    public CardView card(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id) {
        SellerId seller = Callers.seller(caller);
        Interaction interaction = find(seller, id);
        return new CardView(InteractionView.of(interaction), ContextView.of(
                linking.links(seller, interaction.id()).orElse(null), profiles.profileFor(interaction)));
    }

    /**
     * The deterministic thread of an interaction across channels (seed §d.4): {@code max_items} 1..300 (100),
     * {@code product_window_days} 1..180 (45).
     */
    @GetMapping("/{id}/timeline")
    public TimelineView timeline(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id,
            @RequestParam(name = "max_items", defaultValue = "100") int maxItems,
            @RequestParam(name = "product_window_days", defaultValue = "45") int productWindowDays) {
        SellerId seller = Callers.seller(caller);
        Bounds.check("max_items", maxItems, 1, TimelineOptions.MAX_ITEMS);
        Bounds.check("product_window_days", productWindowDays, 1, TimelineOptions.MAX_PRODUCT_WINDOW_DAYS);
        checkId(id);
        return TimelineView.of(timelines.timeline(seller, InteractionId.of(id),
                new TimelineOptions(productWindowDays, maxItems)));
    }

    /**
     * The AI draft of an interaction (seed §f): the cached one unless {@code force_regenerate}. Model calls are
     * metered against the seller's wallet: with enforcement on and nothing left, 402 "Insufficient credits. Please top
     * up your account."; otherwise the response carries {@code balance_after} and {@code low_balance}.
     */
    @PostMapping("/{id}/ai-draft")
    public DraftView aiDraft(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id,
            @RequestBody(required = false) DraftBody body) {
        SellerId seller = Callers.seller(caller);
        checkId(id);
        boolean force = body != null && Boolean.TRUE.equals(body.forceRegenerate());
        Draft draft = drafts.draft(seller, InteractionId.of(id), force);
        Credits balance = ledger.wallet(Callers.account(caller)).balance();
        return DraftView.of(InteractionView.of(find(seller, id)), draft, balance.toString(),
                policy.isLowBalance(balance));
    }

    private Interaction find(SellerId seller, long id) {
        checkId(id);
        InteractionId interactionId = InteractionId.of(id);
        return interactions.findById(seller, interactionId)
                .orElseThrow(() -> new InteractionNotFoundException(seller, interactionId));
    }

    private static void checkId(long id) {
        if (id <= 0) {
            throw new ValidationException("id must be positive, was " + id);
        }
    }
}
