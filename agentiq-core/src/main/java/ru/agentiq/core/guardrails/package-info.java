/**
 * Reply guardrails: banned phrase categories per channel, the unsolicited-return rule, length limits, draft-stage
 * findings and the blocking pre-send validation ({@link ru.agentiq.core.guardrails.Guardrails}), per-seller phrase
 * lists ({@link ru.agentiq.core.guardrails.GuardrailsConfig}, {@link ru.agentiq.core.guardrails.SellerGuardrails}) and
 * the stricter check for unattended replies ({@link ru.agentiq.core.guardrails.AutoResponseGuard}).
 */
package ru.agentiq.core.guardrails;
