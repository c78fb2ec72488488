/**
 * Reply quality: how a sent reply relates to the AI draft it may have come from ({@code draft_accepted},
 * {@code draft_edited}, {@code reply_manual} plus an edit-distance ratio), the quality snapshot over a window and the
 * per-day history, and the week-over-week manual-rate regression that ops alerts and pilot readiness read.
 *
 * <p>Everything here reads the interaction repository and the event log through their ports; nothing is stored
 * beyond the events a {@link ru.agentiq.core.quality.QualityRecorder} appends.
 */
package ru.agentiq.core.quality;
