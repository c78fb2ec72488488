/**
 * LLM usage: append-only {@link ru.agentiq.billing.usage.LlmCallEvent}s (one per model call, unique request id per
 * account, with status, latency and {@code used_fallback} for observability — the seed's F51), written in the same
 * unit of work as the call's debit, and {@link ru.agentiq.billing.usage.UsageReports} over them: totals, per-model
 * breakdown, day / week / month buckets in a configurable time zone, per-account listings.
 */
package ru.agentiq.billing.usage;
