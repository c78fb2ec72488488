package ru.agentiq.core.ops;

/**
 * SLA state of the open questions (seed §e.4 {@code question_sla}).
 *
 * @param openQuestionsTotal  questions still owed an answer
 * @param withSlaTotal        of those, with a due time
 * @param overdueTotal        due time already passed
 * @param dueSoonTotal        due within the due-soon window (not yet passed)
 * @param oldestOverdueMinutes whole minutes since the oldest overdue question was due; 0 when none is overdue
 */
public record QuestionSlaSummary(long openQuestionsTotal, long withSlaTotal, long overdueTotal, long dueSoonTotal,
        long oldestOverdueMinutes) {
}
