/**
 * The interaction model — one buyer touch in a review, question or chat — its identity, the inbox query, and the
 * persistence ports {@link ru.agentiq.core.interaction.InteractionRepository} and
 * {@link ru.agentiq.core.interaction.InteractionEventStore}.
 */
package ru.agentiq.core.interaction;
