/**
 * Sending a seller's reply: guardrail validation, idempotent dispatch through a channel port, events, quality outcome
 * and the interaction's new state. {@link ru.agentiq.core.reply.ReplyService} is the entry point.
 */
package ru.agentiq.core.reply;
