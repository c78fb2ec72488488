/**
 * The seller's response history (plan §5.2 {@code response_history}): every reply the seller gave, by product and
 * intent, persisted behind {@link ru.agentiq.core.history.ResponseHistoryStore} so drafts ground on it
 * ({@link ru.agentiq.core.history.ResponseHistoryMemory}) across restarts and instances.
 * {@link ru.agentiq.core.history.ResponseHistoryRecorder} feeds it from sent replies and from answers seen at ingest.
 */
package ru.agentiq.core.history;
