/**
 * Buyer profiles: per customer id, counters across channels, average rating, rating trend, repeat-complaint flag and a
 * context line for AI drafts. Buyers without a customer id stay anonymous and are never stored.
 */
package ru.agentiq.core.customer;
