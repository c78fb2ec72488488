package ru.agentiq.billing.ledger;

import java.util.Optional;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;

/**
 * What capturing a hold did.
 *
 * @param hold         the hold, now captured
 * @param debit        the debit written for the charge; {@code null} when nothing was charged
 * @param charged      what was debited: the actual cost, capped at what the wallet could cover
 * @param shortfall    actual cost minus charged: zero unless the estimate was too low and the wallet ran dry
 * @param balanceAfter the wallet's balance after the capture
 * @param replayed     {@code true} when the hold had already been captured for this same cost
 */
public record CaptureResult(Hold hold, CreditTransaction debit, Credits charged, Credits shortfall,
        Credits balanceAfter, boolean replayed) {

    public CaptureResult {
        Args.required(hold, "hold");
        Args.required(charged, "charged");
        Args.required(shortfall, "shortfall");
        Args.required(balanceAfter, "balanceAfter");
    }

    public Optional<CreditTransaction> debitTransaction() {
        return Optional.ofNullable(debit);
    }
}
