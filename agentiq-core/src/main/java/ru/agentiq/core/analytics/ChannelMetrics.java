package ru.agentiq.core.analytics;

import java.math.BigDecimal;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionSource;

/**
 * The plan's moat metrics (§13.3) of one channel, computed from one data source only.
 *
 * @param channel                   the channel
 * @param source                    the only source these numbers come from
 * @param interactionsTotal         interactions whose buyer event falls in the period
 * @param respondedTotal            of those, answered (by anyone)
 * @param firstResponse             buyer event → first answer (AgentIQ reply, auto-response, or the answer the
 *                                  marketplace shows)
 * @param slaHitRate                answered within their SLA over those answered or already past their SLA
 * @param slaSample                 the denominator of {@code slaHitRate}
 * @param qualityPassRate           replies sent as drafted, lightly edited, or sent unattended after the strict checks,
 *                                  over all classified replies
 * @param qualitySample             the denominator of {@code qualityPassRate}
 * @param repeatIssueRate           interactions repeating an intent the same buyer (or product) raised within the repeat
 *                                  window, over interactions with a known intent; lower is better
 * @param repeatSample              the denominator of {@code repeatIssueRate}
 * @param operatorRepliesPerHour    operator replies per hour in which the operator replied at all, 2 decimals
 * @param operatorReplies           operator replies in the period
 * @param timeToClose               buyer event → last answer, for interactions no longer needing a response
 */
public record ChannelMetrics(Channel channel, InteractionSource source, long interactionsTotal, long respondedTotal,
        DurationStats firstResponse, BigDecimal slaHitRate, long slaSample, BigDecimal qualityPassRate,
        long qualitySample, BigDecimal repeatIssueRate, long repeatSample, BigDecimal operatorRepliesPerHour,
        long operatorReplies, DurationStats timeToClose) {
}
