package ru.agentiq.wb.questions;

import java.util.List;

/**
 * One page of {@code GET /api/v1/questions}.
 *
 * @param countUnanswered unanswered questions in total
 * @param countArchive    answered questions in total
 * @param questions       the page
 */
public record QuestionList(Integer countUnanswered, Integer countArchive, List<Question> questions) {
    public QuestionList {
        questions = questions == null ? List.of() : questions.stream().filter(java.util.Objects::nonNull).toList();
    }
}
