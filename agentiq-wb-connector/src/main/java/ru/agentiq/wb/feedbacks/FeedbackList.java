package ru.agentiq.wb.feedbacks;

import java.util.List;

/**
 * One page of {@code GET /api/v1/feedbacks} or {@code /archive}.
 *
 * @param countUnanswered unanswered feedbacks in total (listing only; null for the archive)
 * @param countArchive    archived feedbacks in total (listing only)
 * @param feedbacks       the page
 */
public record FeedbackList(Integer countUnanswered, Integer countArchive, List<Feedback> feedbacks) {
    public FeedbackList {
        feedbacks = feedbacks == null ? List.of() : feedbacks.stream().filter(java.util.Objects::nonNull).toList();
    }
}
