package ru.agentiq.billing.usage;

import java.time.LocalDate;
import ru.agentiq.billing.internal.Args;

/**
 * Accounts that used the AI in a window (the seed's active users), counted from the usage log: an account is active
 * when it made at least one model call in the window, and new when its first call ever falls in it.
 *
 * @param window         the window
 * @param fromDate       first day of the window
 * @param asOf           last day of the window (inclusive)
 * @param activeAccounts accounts with calls in the window
 * @param newAccounts    of those, accounts whose first call ever is in the window
 */
public record ActiveAccounts(ActivityWindow window, LocalDate fromDate, LocalDate asOf, long activeAccounts,
        long newAccounts) {
    public ActiveAccounts {
        Args.required(window, "window");
        Args.required(fromDate, "fromDate");
        Args.required(asOf, "asOf");
    }
}
