/**
 * Credit enforcement: whether a depleted wallet refuses a metered call (the seed's HTTP 402 gate, off by default as
 * the Week-12 rollout gate requires), a runtime override of that switch with its source, and the low-balance flag
 * reported after every metered call.
 */
package ru.agentiq.billing.policy;
