/**
 * Draft generation: the {@link ru.agentiq.core.draft.DraftGenerator} port through which AgentIQ asks a language model
 * (or a fallback) for a reply draft, and the values that cross it.
 *
 * <p>The port is deliberately small: a prepared prompt goes in; the draft text, where it came from and what the model
 * call cost (tokens, latency, status, {@code used_fallback}) come out. Grounding, caching and guardrails are built on
 * top of it; metering (credits, usage events) wraps it from {@code agentiq-billing} without core knowing about money.
 */
package ru.agentiq.core.draft;
