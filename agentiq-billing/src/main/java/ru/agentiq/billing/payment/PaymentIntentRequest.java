package ru.agentiq.billing.payment;

import java.math.BigDecimal;
import java.util.Currency;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.internal.Args;

/**
 * A payment to create.
 *
 * @param account        who pays and receives the credits (the provider returns it in the confirmation)
 * @param amount         money to charge, in {@code currency}
 * @param currency       currency of {@code amount}
 * @param credits        credits granted when it succeeds (the provider returns it in the confirmation)
 * @param idempotencyKey makes creating it safe to retry
 */
public record PaymentIntentRequest(AccountId account, BigDecimal amount, Currency currency, Credits credits,
        IdempotencyKey idempotencyKey) {
    public PaymentIntentRequest {
        Args.required(account, "account");
        Args.required(amount, "amount");
        Args.required(currency, "currency");
        Args.required(credits, "credits");
        Args.required(idempotencyKey, "idempotencyKey");
    }
}
