/**
 * Deterministic thread timelines: an interaction's touches across reviews, questions and chats, tied by order id,
 * customer id or product and time window, each with its match reason, confidence and action policy.
 */
package ru.agentiq.core.timeline;
