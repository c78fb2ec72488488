package ru.agentiq.billing.metering;

import java.util.Optional;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.billing.ledger.CreditTransaction;
import ru.agentiq.billing.usage.LlmCallEvent;
import ru.agentiq.core.draft.DraftResult;

/**
 * A draft and what it cost.
 *
 * @param draft        the generated draft
 * @param account      who paid
 * @param event        the usage event; {@code null} when no model was called (template, cache)
 * @param debit        the debit; {@code null} when nothing was charged
 * @param charged      credits debited
 * @param shortfall    credits the call cost beyond what a reservation could charge; zero in post-paid mode
 * @param balanceAfter the wallet's balance after the debit (the seed's {@code balance_after})
 * @param lowBalance   whether that balance is below the policy's threshold (the seed's {@code low_balance})
 */
public record MeteredDraft(
        DraftResult draft,
        AccountId account,
        LlmCallEvent event,
        CreditTransaction debit,
        Credits charged,
        Credits shortfall,
        Credits balanceAfter,
        boolean lowBalance) {

    public MeteredDraft {
        Args.required(draft, "draft");
        Args.required(account, "account");
        Args.required(charged, "charged");
        Args.required(shortfall, "shortfall");
        Args.required(balanceAfter, "balanceAfter");
    }

    public Optional<LlmCallEvent> usageEvent() {
        return Optional.ofNullable(event);
    }

    public Optional<CreditTransaction> debitTransaction() {
        return Optional.ofNullable(debit);
    }
}
