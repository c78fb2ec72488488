package ru.agentiq.billing.usage;

import java.time.Instant;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.pricing.PricingTable;
import ru.agentiq.core.ValidationException;

/**
 * Which usage events to read; every criterion is optional.
 *
 * @param account    only this account's events; {@code null} for all accounts (administrators)
 * @param modelAlias only this alias; {@code null} for all
 * @param from       only events created at or after it; {@code null} for no lower bound
 * @param to         only events created before it; {@code null} for no upper bound
 */
public record UsageFilter(AccountId account, String modelAlias, Instant from, Instant to) {

    public UsageFilter {
        modelAlias = modelAlias == null || modelAlias.isBlank() ? null : PricingTable.normalizeAlias(modelAlias);
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("to must not be before from, was " + to + " < " + from);
        }
    }

    /** Every event. */
    public static UsageFilter all() {
        return new UsageFilter(null, null, null, null);
    }

    /** Whether {@code call} matches. */
    public boolean matches(LlmCall call) {
        return (account == null || account.equals(call.account()))
                && (modelAlias == null || modelAlias.equals(call.modelAlias()))
                && (from == null || !call.createdAt().isBefore(from))
                && (to == null || call.createdAt().isBefore(to));
    }
}
