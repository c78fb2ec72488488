/**
 * Priority, intent and SLA: the rules that order the seller's queue ({@link
 * ru.agentiq.core.priority.InteractionPrioritizer}), per-seller settings ({@link
 * ru.agentiq.core.priority.PriorityConfig}, {@link ru.agentiq.core.priority.ChatSlaTable}), the SLA clock with working
 * hours ({@link ru.agentiq.core.priority.SlaCalendar}), deadline status ({@link ru.agentiq.core.priority.SlaStatus})
 * and the optional LLM intent fallback port ({@link ru.agentiq.core.priority.IntentFallback}).
 */
package ru.agentiq.core.priority;
