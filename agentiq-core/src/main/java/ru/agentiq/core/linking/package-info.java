/**
 * Cross-channel linking: which review, question and chat concern the same buyer episode, how confident that is, why
 * (every signal's contribution), and whether automation may rely on it ({@link ru.agentiq.core.linking.ActionPolicy}).
 *
 * <p>Start with {@link ru.agentiq.core.linking.LinkingService} (incremental, as an ingestion listener) or
 * {@link ru.agentiq.core.linking.LinkRecomputer} (a seller from scratch); tune with
 * {@link ru.agentiq.core.linking.LinkingConfig}. {@link ru.agentiq.core.linking.LinkIndex} is the blocking index
 * underneath; {@link ru.agentiq.core.linking.LinkScorer} scores any single pair.
 */
package ru.agentiq.core.linking;
