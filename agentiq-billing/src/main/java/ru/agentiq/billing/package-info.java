/**
 * AgentIQ billing: a prepaid credit wallet for the AI usage of a seller account.
 *
 * <p>The root package holds the values every feature shares — {@link ru.agentiq.billing.AccountId},
 * {@link ru.agentiq.billing.ActorId}, {@link ru.agentiq.billing.Credits}, {@link ru.agentiq.billing.IdempotencyKey} —
 * and the exception base {@link ru.agentiq.billing.BillingException}. Features live in sub-packages:
 * <ul>
 *   <li>{@link ru.agentiq.billing.ledger} — wallets, idempotent postings, reservations and the unit of work;</li>
 *   <li>{@link ru.agentiq.billing.policy} — credit enforcement (the seed's 402 gate) and the low-balance flag;</li>
 *   <li>{@link ru.agentiq.billing.pricing} — OE tokens, model multipliers, versioned pricing tables;</li>
 *   <li>{@link ru.agentiq.billing.usage} — append-only LLM call events and bucketed usage reports;</li>
 *   <li>{@link ru.agentiq.billing.payment} — top-ups through a payment provider port;</li>
 *   <li>{@link ru.agentiq.billing.metering} — draft generation metered in one unit of work;</li>
 *   <li>{@link ru.agentiq.billing.memory} — thread-safe in-memory adapters of every port.</li>
 * </ul>
 */
package ru.agentiq.billing;
