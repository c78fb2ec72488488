/**
 * Communication analytics per channel (plan §13.3): first response time, SLA hit rate, quality pass rate, repeat-issue
 * rate, operator throughput and time to close, plus revenue/ROI estimates (seed §h.6).
 *
 * <p>Two rules of the plan are structural here rather than conventions: every figure belongs to exactly one data
 * source ({@code wb_api}, {@code wbcon_fallback}, {@code demo}) — there is no call that mixes them — and every money
 * or ROI figure is a {@link ru.agentiq.core.analytics.Range}, never a single number.
 */
package ru.agentiq.core.analytics;
