package ru.agentiq.wb.feedbacks;

/**
 * Whether the seller has unseen feedbacks or questions ({@code GET /api/v1/new-feedbacks-questions}).
 *
 * @param hasNewQuestions unseen questions exist
 * @param hasNewFeedbacks unseen feedbacks exist
 */
public record NewItems(boolean hasNewQuestions, boolean hasNewFeedbacks) {
}
