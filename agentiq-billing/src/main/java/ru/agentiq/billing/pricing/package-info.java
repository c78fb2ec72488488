/**
 * Pricing of model calls: output-equivalent (OE) tokens, per-model multipliers in versioned
 * {@link ru.agentiq.billing.pricing.PricingTable}s kept behind the {@link ru.agentiq.billing.pricing.PricingStore}
 * port, and {@link ru.agentiq.billing.pricing.PricingService} which prices a call with the active table.
 *
 * <p>The formula is the seed's: {@code OE = fresh input × 0.35 + cached input × 0.10 + output}, and
 * {@code credits = OE × multiplier / 10 000} (one credit buys 10 000 OE tokens of a 1.0 model), rounded half-up to
 * four decimal places.
 */
package ru.agentiq.billing.pricing;
