package ru.agentiq.billing.usage;

import java.time.LocalDate;
import java.util.List;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;

/**
 * Usage totals over a period (the seed's usage summary, plus the fallback counts F51 asks to observe).
 *
 * @param totalCreditsBurned credits of every call counted
 * @param totalLlmCalls      calls counted
 * @param totalOutputTokens  completion tokens of those calls
 * @param fallbackCalls      calls whose answer was replaced by a fallback
 * @param fromDate           the query's first day; {@code null} when open
 * @param toDate             the query's last day; {@code null} when open
 * @param breakdown          per model alias, sorted by alias
 * @param bucket             the time grouping asked for; {@code null} when none
 * @param buckets            per bucket with at least one call, oldest first; empty when no grouping was asked for
 */
public record UsageSummary(
        Credits totalCreditsBurned,
        long totalLlmCalls,
        long totalOutputTokens,
        long fallbackCalls,
        LocalDate fromDate,
        LocalDate toDate,
        List<ModelUsage> breakdown,
        UsageBucket bucket,
        List<BucketUsage> buckets) {

    public UsageSummary {
        Args.required(totalCreditsBurned, "totalCreditsBurned");
        breakdown = List.copyOf(Args.required(breakdown, "breakdown"));
        buckets = List.copyOf(Args.required(buckets, "buckets"));
    }

    /**
     * Usage of one model alias.
     *
     * @param modelAlias    the alias
     * @param callCount     calls
     * @param creditsBurned credits
     * @param fallbackCount calls replaced by a fallback
     */
    public record ModelUsage(String modelAlias, long callCount, Credits creditsBurned, long fallbackCount) {
        public ModelUsage {
            Args.required(modelAlias, "modelAlias");
            Args.required(creditsBurned, "creditsBurned");
        }
    }

    /**
     * Usage in one time bucket.
     *
     * @param start         first day of the bucket (the day, the Monday, the first of the month)
     * @param creditsBurned credits
     * @param callCount     calls
     */
    public record BucketUsage(LocalDate start, Credits creditsBurned, long callCount) {
        public BucketUsage {
            Args.required(start, "start");
            Args.required(creditsBurned, "creditsBurned");
        }
    }
}
