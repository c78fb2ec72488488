/**
 * Top-ups: a seller buys credits through a {@link ru.agentiq.billing.payment.PaymentProvider} (Stripe in the seed
 * system); {@link ru.agentiq.billing.payment.TopUpService} quotes, starts the payment within the configured amount
 * limits, and grants the credits exactly once when the provider confirms it, however often the confirmation arrives.
 */
package ru.agentiq.billing.payment;
