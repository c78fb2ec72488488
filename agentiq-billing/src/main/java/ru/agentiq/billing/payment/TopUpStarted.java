package ru.agentiq.billing.payment;

import ru.agentiq.billing.internal.Args;

/**
 * A started top-up: the seller completes {@code intent} with the provider; the credits come with the confirmation.
 *
 * @param quote  what is paid and granted
 * @param intent the provider's payment (its client secret is for the seller's browser only)
 */
public record TopUpStarted(TopUpQuote quote, PaymentIntent intent) {
    public TopUpStarted {
        Args.required(quote, "quote");
        Args.required(intent, "intent");
    }
}
