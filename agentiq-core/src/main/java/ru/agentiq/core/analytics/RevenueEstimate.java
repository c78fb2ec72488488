package ru.agentiq.core.analytics;

import ru.agentiq.core.interaction.InteractionSource;

/**
 * Money at stake in reviews and questions of one source (seed §h.6), every figure a range in rubles (2 decimals) or
 * percent.
 *
 * @param source                       the only source counted
 * @param negativeReviewsTotal         reviews rated ≤ 2 in the period
 * @param negativeReviewsResponded     of those, answered
 * @param negativeReviewsUnresolved    of those, still unanswered
 * @param negativeReviewsRespondedInSla answered within the SLA threshold
 * @param questionsTotal               questions in the period
 * @param questionsResponded           of those, answered
 * @param questionsRespondedFast       answered within the SLA threshold
 * @param revenueAtRisk                unresolved × AOV × drop × at-risk share
 * @param revenueSaved                 in-SLA × AOV × save × repeat
 * @param potentialAdditionalSavings   (total − in-SLA) × AOV × save × repeat
 * @param questionRevenueImpact        fast × AOV × boost
 * @param responseTimeRoiPercent       fast / total × boost × 100
 */
public record RevenueEstimate(InteractionSource source, long negativeReviewsTotal, long negativeReviewsResponded,
        long negativeReviewsUnresolved, long negativeReviewsRespondedInSla, long questionsTotal,
        long questionsResponded, long questionsRespondedFast, Range revenueAtRisk, Range revenueSaved,
        Range potentialAdditionalSavings, Range questionRevenueImpact, Range responseTimeRoiPercent) {
}
