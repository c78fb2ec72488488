package ru.agentiq.billing.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.core.ValidationException;

/**
 * Reports over the usage log. Calendar days — for date filters and buckets — are taken in one time zone, UTC unless
 * configured (a Moscow seller wants Moscow days). Thread-safe.
 */
public final class UsageReports {

    /** Time zone of calendar days when none is configured, as in the seed system. */
    public static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;
    /** The seed's default and largest page of a usage listing. */
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;

    private final UsageEventStore store;
    private final ZoneId zone;

    public UsageReports(UsageEventStore store) {
        this(store, DEFAULT_ZONE);
    }

    public UsageReports(UsageEventStore store, ZoneId zone) {
        this.store = Args.required(store, "store");
        this.zone = Args.required(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    /** Totals, per-model breakdown and (when asked) time buckets of the calls {@code query} selects. */
    public UsageSummary summary(UsageSummaryQuery query) {
        Args.required(query, "query");
        List<LlmCallEvent> events = store.find(new UsageFilter(query.account(), query.modelAlias(),
                startOf(query.fromDate()), startOf(query.toDate() == null ? null : query.toDate().plusDays(1))));
        Credits total = Credits.ZERO;
        long outputTokens = 0;
        long fallbacks = 0;
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Credits> credits = new HashMap<>();
        Map<LocalDate, long[]> bucketCounts = new TreeMap<>();
        Map<LocalDate, Credits> bucketCredits = new HashMap<>();
        for (LlmCallEvent event : events) {
            LlmCall call = event.call();
            total = total.plus(call.creditsBurned());
            outputTokens += call.outputTokens();
            long[] model = counts.computeIfAbsent(call.modelAlias(), alias -> new long[2]);
            model[0]++;
            if (call.usedFallback()) {
                fallbacks++;
                model[1]++;
            }
            credits.merge(call.modelAlias(), call.creditsBurned(), Credits::plus);
            if (query.bucket() != null) {
                LocalDate start = query.bucket().start(LocalDate.ofInstant(call.createdAt(), zone));
                bucketCounts.computeIfAbsent(start, day -> new long[1])[0]++;
                bucketCredits.merge(start, call.creditsBurned(), Credits::plus);
            }
        }
        List<UsageSummary.ModelUsage> breakdown = new ArrayList<>();
        counts.forEach((alias, c) -> breakdown.add(new UsageSummary.ModelUsage(alias, c[0], credits.get(alias), c[1])));
        List<UsageSummary.BucketUsage> buckets = new ArrayList<>();
        bucketCounts.forEach((start, c) -> buckets.add(
                new UsageSummary.BucketUsage(start, bucketCredits.get(start), c[0])));
        return new UsageSummary(total, events.size(), outputTokens, fallbacks, query.fromDate(), query.toDate(),
                breakdown, query.bucket(), buckets);
    }

    /**
     * The account's own calls, newest first (the seed's {@code GET /me/usage}).
     *
     * @param limit  1..{@value #MAX_PAGE_SIZE}
     * @param offset zero or more
     */
    public UsagePage events(AccountId account, int limit, long offset) {
        Args.required(account, "account");
        Args.inRange(limit, 1, MAX_PAGE_SIZE, "limit");
        if (offset < 0) {
            throw new ValidationException("offset must not be negative, was " + offset);
        }
        return new UsagePage(store.recent(account, limit, offset), store.count(account));
    }

    /**
     * Usage per account and model alias between two calendar days (inclusive), most credits first (the seed's
     * usage analytics).
     *
     * @param limit  1..{@value #MAX_PAGE_SIZE}
     * @param offset zero or more
     */
    public List<AccountUsage> perAccount(LocalDate fromDate, LocalDate toDate, int limit, long offset) {
        Args.required(fromDate, "fromDate");
        Args.required(toDate, "toDate");
        if (toDate.isBefore(fromDate)) {
            throw new ValidationException("toDate must not be before fromDate, was " + toDate + " < " + fromDate);
        }
        Args.inRange(limit, 1, MAX_PAGE_SIZE, "limit");
        if (offset < 0) {
            throw new ValidationException("offset must not be negative, was " + offset);
        }
        Map<List<String>, AccountUsage> rows = new HashMap<>();
        for (LlmCallEvent event : store.find(new UsageFilter(null, null, startOf(fromDate),
                startOf(toDate.plusDays(1))))) {
            LlmCall call = event.call();
            rows.merge(List.of(call.account().value(), call.modelAlias()),
                    new AccountUsage(call.account(), call.modelAlias(), call.inputTokens(), call.outputTokens(),
                            call.creditsBurned(), 1),
                    (a, b) -> new AccountUsage(a.account(), a.modelAlias(), a.inputTokens() + b.inputTokens(),
                            a.outputTokens() + b.outputTokens(), a.creditsBurned().plus(b.creditsBurned()),
                            a.eventCount() + b.eventCount()));
        }
        return rows.values().stream()
                .sorted(Comparator.comparing(AccountUsage::creditsBurned).reversed()
                        .thenComparing(AccountUsage::account)
                        .thenComparing(AccountUsage::modelAlias))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    /**
     * Accounts active in the {@code window} ending on {@code asOf} (inclusive), and how many of them are new. Reads
     * the window's events once, plus the oldest event of each active account.
     */
    public ActiveAccounts activeAccounts(ActivityWindow window, LocalDate asOf) {
        Args.required(window, "window");
        Args.required(asOf, "asOf");
        LocalDate fromDate = asOf.minusDays(window.days() - 1L);
        Instant from = startOf(fromDate);
        Set<AccountId> active = new HashSet<>();
        for (LlmCallEvent event : store.find(new UsageFilter(null, null, from, startOf(asOf.plusDays(1))))) {
            active.add(event.call().account());
        }
        long newcomers = active.stream().filter(account -> !firstCall(account).isBefore(from)).count();
        return new ActiveAccounts(window, fromDate, asOf, active.size(), newcomers);
    }

    /** When the account's oldest event was created; the log is newest first, so it is the last entry. */
    private Instant firstCall(AccountId account) {
        long total = store.count(account);
        List<LlmCallEvent> oldest = store.recent(account, 1, Math.max(0, total - 1));
        // the log is append-only and the account was just seen in the window, so the page is never empty
        return oldest.isEmpty() ? Instant.MIN : oldest.get(0).call().createdAt();
    }

    private Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(zone).toInstant();
    }
}
