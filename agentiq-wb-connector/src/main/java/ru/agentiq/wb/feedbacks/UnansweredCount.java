package ru.agentiq.wb.feedbacks;

/**
 * Unanswered items: in total and today.
 *
 * @param countUnanswered      all unanswered
 * @param countUnansweredToday unanswered from today
 */
public record UnansweredCount(int countUnanswered, int countUnansweredToday) {
}
