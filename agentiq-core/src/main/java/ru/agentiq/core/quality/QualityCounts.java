package ru.agentiq.core.quality;

import java.math.BigDecimal;
import ru.agentiq.core.ValidationException;

/**
 * Reply-funnel counts over a window (seed §e.2) with their rates.
 *
 * @param repliesTotal   {@code reply_sent} events
 * @param draftGenerated {@code draft_generated} events
 * @param draftCacheHits {@code draft_cache_hit} events
 * @param draftAccepted  replies sent as drafted
 * @param draftEdited    replies sent after editing a draft
 * @param replyManual    replies written without a draft
 * @param lightlyEdited  edited replies whose edit ratio is at most the configured light-edit bound (beyond the seed)
 */
public record QualityCounts(long repliesTotal, long draftGenerated, long draftCacheHits, long draftAccepted,
        long draftEdited, long replyManual, long lightlyEdited) {

    public static final QualityCounts ZERO = new QualityCounts(0, 0, 0, 0, 0, 0, 0);

    public QualityCounts {
        if (repliesTotal < 0 || draftGenerated < 0 || draftCacheHits < 0 || draftAccepted < 0 || draftEdited < 0
                || replyManual < 0 || lightlyEdited < 0) {
            throw new ValidationException("quality counts must not be negative");
        }
        if (lightlyEdited > draftEdited) {
            throw new ValidationException(
                    "lightlyEdited must be at most draftEdited (" + draftEdited + "), was " + lightlyEdited);
        }
    }

    /** Accepted over replies, 4 decimals. */
    public BigDecimal acceptRate() {
        return Rates.of(draftAccepted, repliesTotal);
    }

    /** Edited over replies, 4 decimals. */
    public BigDecimal editRate() {
        return Rates.of(draftEdited, repliesTotal);
    }

    /** Manual over replies, 4 decimals. */
    public BigDecimal manualRate() {
        return Rates.of(replyManual, repliesTotal);
    }

    /** Accepted plus lightly edited over replies: the share of replies where the draft did the work. */
    public BigDecimal draftLedRate() {
        return Rates.of(draftAccepted + lightlyEdited, repliesTotal);
    }

    public QualityCounts plus(QualityCounts o) {
        return new QualityCounts(repliesTotal + o.repliesTotal, draftGenerated + o.draftGenerated,
                draftCacheHits + o.draftCacheHits, draftAccepted + o.draftAccepted, draftEdited + o.draftEdited,
                replyManual + o.replyManual, lightlyEdited + o.lightlyEdited);
    }
}
