/**
 * Metered draft generation: {@link ru.agentiq.billing.metering.MeteredDraftGenerator} wraps core's
 * {@link ru.agentiq.core.draft.DraftGenerator} port with the preflight credit check, the call, and — in one unit of
 * work — the usage event, the debit and the caller's own rows (the seed's F41 policy for every billing write path).
 */
package ru.agentiq.billing.metering;
