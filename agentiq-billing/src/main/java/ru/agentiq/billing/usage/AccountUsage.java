package ru.agentiq.billing.usage;

import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;

/**
 * Usage of one account with one model alias over a period (the seed's usage analytics row).
 *
 * @param account       the account
 * @param modelAlias    the alias
 * @param inputTokens   fresh plus cached prompt tokens
 * @param outputTokens  completion tokens
 * @param creditsBurned credits
 * @param eventCount    calls
 */
public record AccountUsage(AccountId account, String modelAlias, long inputTokens, long outputTokens,
        Credits creditsBurned, long eventCount) {
    public AccountUsage {
        Args.required(account, "account");
        Args.required(modelAlias, "modelAlias");
        Args.required(creditsBurned, "creditsBurned");
    }
}
