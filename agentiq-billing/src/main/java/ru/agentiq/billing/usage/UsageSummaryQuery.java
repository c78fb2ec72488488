package ru.agentiq.billing.usage;

import java.time.LocalDate;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.pricing.PricingTable;
import ru.agentiq.core.ValidationException;

/**
 * What a usage summary covers (the seed's {@code GET /admin/usage/summary} parameters); every criterion is optional.
 *
 * @param account    only this account; {@code null} for all
 * @param modelAlias only this alias; {@code null} for all
 * @param bucket     how to group in time; {@code null} for no buckets
 * @param fromDate   first calendar day included (in the report's time zone); {@code null} for no lower bound
 * @param toDate     last calendar day included; {@code null} for no upper bound
 */
public record UsageSummaryQuery(AccountId account, String modelAlias, UsageBucket bucket, LocalDate fromDate,
        LocalDate toDate) {

    public UsageSummaryQuery {
        modelAlias = modelAlias == null || modelAlias.isBlank() ? null : PricingTable.normalizeAlias(modelAlias);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new ValidationException("toDate must not be before fromDate, was " + toDate + " < " + fromDate);
        }
    }

    /** Everything, ungrouped. */
    public static UsageSummaryQuery all() {
        return new UsageSummaryQuery(null, null, null, null, null);
    }

    /** Everything, grouped by {@code bucket}. */
    public static UsageSummaryQuery bucketed(UsageBucket bucket) {
        return new UsageSummaryQuery(null, null, bucket, null, null);
    }

    public UsageSummaryQuery withAccount(AccountId value) {
        return new UsageSummaryQuery(value, modelAlias, bucket, fromDate, toDate);
    }

    public UsageSummaryQuery withModelAlias(String value) {
        return new UsageSummaryQuery(account, value, bucket, fromDate, toDate);
    }

    public UsageSummaryQuery withBucket(UsageBucket value) {
        return new UsageSummaryQuery(account, modelAlias, value, fromDate, toDate);
    }

    public UsageSummaryQuery withDates(LocalDate from, LocalDate to) {
        return new UsageSummaryQuery(account, modelAlias, bucket, from, to);
    }
}
