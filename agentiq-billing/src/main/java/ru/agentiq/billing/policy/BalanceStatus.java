package ru.agentiq.billing.policy;

import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;

/**
 * The wallet after a metered call, as the seed's turn response reports it.
 *
 * @param balanceAfter the balance after the call's debit (the seed's {@code balance_after})
 * @param lowBalance   {@code true} when it is below the low-balance threshold (the seed's {@code low_balance})
 */
public record BalanceStatus(Credits balanceAfter, boolean lowBalance) {
    public BalanceStatus {
        Args.required(balanceAfter, "balanceAfter");
    }
}
