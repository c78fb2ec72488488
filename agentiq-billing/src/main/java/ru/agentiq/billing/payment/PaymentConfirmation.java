package ru.agentiq.billing.payment;

import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.core.ValidationException;

/**
 * A payment the provider reports as succeeded, after the adapter verified the report (signature, event type). Its
 * fields come from the metadata the intent was created with.
 *
 * @param paymentReference the provider's id of the payment
 * @param account          who paid
 * @param credits          credits to grant, positive
 */
public record PaymentConfirmation(String paymentReference, AccountId account, Credits credits) {
    public PaymentConfirmation {
        paymentReference = Args.requiredText(paymentReference, "paymentReference", 128);
        Args.required(account, "account");
        Args.required(credits, "credits");
        if (!credits.isPositive()) {
            throw new ValidationException("credits must be greater than 0, was " + credits);
        }
    }
}
