/**
 * Auto-responses: the unattended pipeline (seed §h.1) that answers simple, safe interactions without a person —
 * per-intent scenarios ({@code auto | draft | block}), channel and nmId allow-lists, the rating rule, the standard and
 * the stricter guardrails, the link/action policy, sandbox mode (everything runs, nothing is sent; §h.3), presets
 * {@code safe | balanced | max} (§h.2) that can never unblock the three block intents, a dry-run preview, and the send
 * delay behind a {@link ru.agentiq.core.autoresponse.Sleeper} port.
 */
package ru.agentiq.core.autoresponse;
