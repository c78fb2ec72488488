package ru.agentiq.billing.payment;

import ru.agentiq.billing.internal.Args;

/**
 * A created payment.
 *
 * @param paymentReference the provider's id of the payment (Stripe's payment-intent id); the ledger uses it as the
 *                         idempotency key of the grant
 * @param clientSecret     what the seller's browser needs to complete the payment; a secret, never logged and left out
 *                         of {@link #toString()}
 */
public record PaymentIntent(String paymentReference, String clientSecret) {
    public PaymentIntent {
        paymentReference = Args.requiredText(paymentReference, "paymentReference", 128);
        clientSecret = Args.requiredText(clientSecret, "clientSecret", 512);
    }

    @Override
    public String toString() {
        return "PaymentIntent[paymentReference=" + paymentReference + ", clientSecret=<redacted>]";
    }
}
