package ru.agentiq.billing.payment;

/**
 * Port: a payment service that takes the seller's money. The adapter talks to the provider (Stripe, YooKassa, …) and
 * verifies its callbacks; AgentIQ sees only intents and verified confirmations.
 */
public interface PaymentProvider {

    /** Short lower-case name of the provider ({@code stripe}); used in ledger notes. */
    String name();

    /**
     * Creates a payment the seller completes in the provider's UI. Must be idempotent on
     * {@link PaymentIntentRequest#idempotencyKey()}: a retry returns the same intent.
     *
     * @throws PaymentProviderException when the provider refused or could not be reached
     */
    PaymentIntent createIntent(PaymentIntentRequest request);
}
