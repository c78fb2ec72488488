package ru.agentiq.wb.feedbacks;

/**
 * The seller's published answer to a feedback.
 *
 * @param text     answer text
 * @param state    {@code none}, {@code wbRu} (shown), {@code reviewRequired} (moderation), {@code rejected}
 * @param editable whether it can still be edited (once, within 60 days)
 */
public record FeedbackAnswer(String text, String state, Boolean editable) {
}
