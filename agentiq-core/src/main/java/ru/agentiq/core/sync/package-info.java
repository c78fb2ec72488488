/**
 * Incremental, marketplace-agnostic synchronisation of a seller's channels into the interaction store.
 *
 * <p>{@link ru.agentiq.core.sync.SyncService} pulls from an {@link ru.agentiq.core.sync.InteractionFeed} (the WB
 * connector implements it): dated listings (reviews, questions) by watermark, change streams (chat events) by cursor.
 * Watermarks, cursors, seller status and the per-seller lock live behind ports with in-memory adapters in
 * {@link ru.agentiq.core.memory}.
 */
package ru.agentiq.core.sync;
