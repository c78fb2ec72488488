package ru.agentiq.app.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.agentiq.app.security.ApiCaller;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ActorId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.ledger.AdminWallets;
import ru.agentiq.billing.ledger.CreditTransaction;
import ru.agentiq.billing.ledger.PostingResult;
import ru.agentiq.billing.ledger.WalletView;
import ru.agentiq.billing.policy.CreditPolicy;
import ru.agentiq.billing.policy.Enforcement;
import ru.agentiq.billing.pricing.PricingService;
import ru.agentiq.billing.pricing.PricingTable;
import ru.agentiq.billing.usage.AccountUsage;
import ru.agentiq.billing.usage.ActiveAccounts;
import ru.agentiq.billing.usage.ActivityWindow;
import ru.agentiq.billing.usage.UsageBucket;
import ru.agentiq.billing.usage.UsageReports;
import ru.agentiq.billing.usage.UsageSummary;
import ru.agentiq.billing.usage.UsageSummaryQuery;
import ru.agentiq.core.ValidationException;

/**
 * {@code /api/v1/admin/*}: wallets, grants, pricing, usage reports and analytics, and the enforcement switch (admin
 * keys only).
 */
@RestController
@RequestMapping("/api/v1/admin")
public class AdminController {

    /** The seed's default page of the per-user usage analytics. */
    static final int DEFAULT_ANALYTICS_LIMIT = 20;
    /** Days covered by the per-user usage analytics when no start date is given (ending on the end date). */
    static final int DEFAULT_ANALYTICS_DAYS = 30;

    private final AdminWallets wallets;
    private final CreditPolicy policy;
    private final PricingService pricing;
    private final UsageReports usage;
    private final Clock clock;

    public AdminController(AdminWallets wallets, CreditPolicy policy, PricingService pricing, UsageReports usage,
            Clock clock) {
        this.wallets = wallets;
        this.policy = policy;
        this.pricing = pricing;
        this.usage = usage;
        this.clock = clock;
    }

    public record GrantRequest(BigDecimal amount, String note) {
    }

    public record GrantResponse(String userId, String newBalance, long transactionId, String initiatedBy) {
    }

    public record UserGrantResponse(String userId, String creditsGranted, String newBalance, long transactionId,
            String initiatedBy) {
    }

    public record UserUsageRow(String userId, String modelAlias, long totalInputTokens, long totalOutputTokens,
            String totalCreditsBurned, long eventCount) {
    }

    public record UsageAnalyticsResponse(LocalDate startDate, LocalDate endDate, int limit, long offset,
            List<UserUsageRow> rows) {
    }

    public record ActiveUsersResponse(String window, LocalDate fromDate, LocalDate asOf, long activeUsers,
            long newUsers) {
    }

    public record AdminWalletResponse(String userId, String balance,
            List<WalletController.TransactionView> recentTransactions) {
    }

    public record SettingsResponse(boolean enforcementEnabled, String enforcementSource, String lowBalanceThreshold,
            String pricingVersion) {
    }

    public record EnforcementRequest(Boolean enabled) {
    }

    public record EnforcementResponse(boolean enforcementEnabled, String source) {
    }

    public record PricingItem(String modelAlias, String multiplier, String pricingVersion) {
    }

    public record PricingResponse(String pricingVersion, List<PricingItem> items) {
    }

    public record MultiplierRequest(BigDecimal multiplier, String pricingVersion) {
    }

    public record ModelUsageView(String modelAlias, long callCount, String creditsBurned) {
    }

    public record BucketView(LocalDate date, String creditsBurned, long callCount) {
    }

    public record UsageSummaryResponse(String totalCreditsBurned, long totalLlmCalls, long totalOutputTokens,
            LocalDate fromDate, LocalDate toDate, List<ModelUsageView> breakdown, List<BucketView> daily) {
    }

    @GetMapping("/wallets/{userId}")
    public AdminWalletResponse wallet(@PathVariable String userId) {
        WalletView view = wallets.view(AccountId.of(userId));
        return new AdminWalletResponse(userId, view.wallet().balance().toString(),
                view.recentTransactions().stream().map(WalletController.TransactionView::of).toList());
    }

    @PostMapping("/wallets/{userId}/grant")
    public GrantResponse grant(@AuthenticationPrincipal ApiCaller caller, @PathVariable String userId,
            @RequestBody GrantRequest request) {
        CreditTransaction t = post(caller, userId, request);
        return new GrantResponse(userId, t.balanceAfter().toString(), t.id().value(), t.initiatedBy().value());
    }

    /** The seed's second grant route: the same grant, answered with what was granted. */
    @PostMapping("/users/{userId}/wallet/grant")
    public UserGrantResponse grantToUser(@AuthenticationPrincipal ApiCaller caller, @PathVariable String userId,
            @RequestBody GrantRequest request) {
        CreditTransaction t = post(caller, userId, request);
        return new UserGrantResponse(userId, t.amount().toString(), t.balanceAfter().toString(), t.id().value(),
                t.initiatedBy().value());
    }

    private CreditTransaction post(ApiCaller caller, String userId, GrantRequest request) {
        if (request == null || request.amount() == null) {
            throw new ValidationException("amount is required");
        }
        ActorId admin = ActorId.of(caller.adminId());
        PostingResult result = wallets.grant(admin, AccountId.of(userId), Credits.of(request.amount(), "amount"),
                request.note(), IdempotencyKey.random());
        return result.transaction();
    }

    /**
     * Usage per user and model alias between two calendar days (inclusive, in the usage time zone), most credits
     * first. Without dates: the 30 days ending today.
     */
    @GetMapping("/analytics/usage")
    public UsageAnalyticsResponse usageAnalytics(
            @RequestParam(name = "start_date", required = false) LocalDate startDate,
            @RequestParam(name = "end_date", required = false) LocalDate endDate,
            @RequestParam(defaultValue = "" + DEFAULT_ANALYTICS_LIMIT) int limit,
            @RequestParam(defaultValue = "0") long offset) {
        LocalDate end = endDate != null ? endDate : today();
        LocalDate start = startDate != null ? startDate : end.minusDays(DEFAULT_ANALYTICS_DAYS - 1L);
        if (end.isBefore(start)) {
            throw new ValidationException("end_date must not be before start_date, was " + end + " < " + start);
        }
        Bounds.check("limit", limit, 1, UsageReports.MAX_PAGE_SIZE);
        if (offset < 0) {
            throw new ValidationException("offset must not be negative, was " + offset);
        }
        List<UserUsageRow> rows = usage.perAccount(start, end, limit, offset).stream()
                .map((AccountUsage u) -> new UserUsageRow(u.account().value(), u.modelAlias(), u.inputTokens(),
                        u.outputTokens(), u.creditsBurned().toString(), u.eventCount()))
                .toList();
        return new UsageAnalyticsResponse(start, end, limit, offset, rows);
    }

    /**
     * Users who made AI calls in the last {@code window} (day, week = 7 days, month = 30 days) ending on {@code as_of}
     * (default today), and how many of them made their first call ever in it.
     */
    @GetMapping("/analytics/active-users")
    public ActiveUsersResponse activeUsers(@RequestParam(defaultValue = "day") String window,
            @RequestParam(name = "as_of", required = false) LocalDate asOf) {
        ActiveAccounts active = usage.activeAccounts(ActivityWindow.fromWire(window), asOf != null ? asOf : today());
        return new ActiveUsersResponse(active.window().wire(), active.fromDate(), active.asOf(),
                active.activeAccounts(), active.newAccounts());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), usage.zone());
    }

    @GetMapping("/settings")
    public SettingsResponse settings() {
        Enforcement enforcement = policy.enforcement();
        return new SettingsResponse(enforcement.enabled(), enforcement.source().wire(),
                policy.lowBalanceThreshold().toString(), pricing.active().version());
    }

    @PatchMapping("/settings/enforcement")
    public EnforcementResponse overrideEnforcement(@RequestBody EnforcementRequest request) {
        if (request == null || request.enabled() == null) {
            throw new ValidationException("enabled is required");
        }
        Enforcement e = policy.overrideEnforcement(request.enabled());
        return new EnforcementResponse(e.enabled(), e.source().wire());
    }

    @DeleteMapping("/settings/enforcement")
    public EnforcementResponse clearEnforcementOverride() {
        Enforcement e = policy.clearOverride();
        return new EnforcementResponse(e.enabled(), e.source().wire());
    }

    @GetMapping("/pricing")
    public PricingResponse pricing() {
        PricingTable active = pricing.active();
        return new PricingResponse(active.version(), active.multipliers().entrySet().stream()
                .map(e -> new PricingItem(e.getKey(), Credits.plain(e.getValue()), active.version())).toList());
    }

    @PatchMapping("/pricing/{alias}")
    public PricingItem updateMultiplier(@PathVariable String alias, @RequestBody MultiplierRequest request) {
        if (request == null || request.multiplier() == null) {
            throw new ValidationException("multiplier is required");
        }
        String version = request.pricingVersion() == null ? pricing.active().version() : request.pricingVersion();
        PricingTable table = pricing.updateMultiplier(version, alias, request.multiplier());
        String key = PricingTable.normalizeAlias(alias);
        return new PricingItem(key, Credits.plain(table.multiplier(key)), table.version());
    }

    @GetMapping("/usage/summary")
    public UsageSummaryResponse usageSummary(@RequestParam(name = "user_id", required = false) String userId,
            @RequestParam(name = "model_alias", required = false) String modelAlias,
            @RequestParam(required = false) String bucket,
            @RequestParam(name = "from_date", required = false) LocalDate fromDate,
            @RequestParam(name = "to_date", required = false) LocalDate toDate) {
        UsageBucket buckets = bucket == null || bucket.isBlank() ? null : UsageBucket.fromWire(bucket);
        UsageSummary summary = usage.summary(new UsageSummaryQuery(userId == null ? null : AccountId.of(userId),
                modelAlias, buckets, fromDate, toDate));
        return new UsageSummaryResponse(summary.totalCreditsBurned().toString(), summary.totalLlmCalls(),
                summary.totalOutputTokens(), summary.fromDate(), summary.toDate(),
                summary.breakdown().stream().map(m -> new ModelUsageView(m.modelAlias(), m.callCount(),
                        m.creditsBurned().toString())).toList(),
                summary.buckets().stream().map(b -> new BucketView(b.start(), b.creditsBurned().toString(),
                        b.callCount())).toList());
    }
}
