package ru.agentiq.core.quality;

import java.math.BigDecimal;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * The verdict on one sent reply.
 *
 * @param outcome      accepted, edited or manual
 * @param draftSource  where the compared draft came from ({@code llm}, {@code fallback}, …); null without a draft
 * @param editDistance character edits (insertions, deletions, substitutions) between the normalised draft and reply;
 *                     0 for an accepted draft, -1 when there was no draft
 * @param editRatio    {@code editDistance} over the longer normalised text, 0..1 with 4 decimals; 0 when accepted, null
 *                     without a draft. Beyond the seed, which only knew equal or not: it makes "lightly edited"
 *                     measurable
 */
public record ReplyClassification(ReplyOutcome outcome, String draftSource, int editDistance, BigDecimal editRatio) {

    public ReplyClassification {
        Checks.required(outcome, "outcome");
        if (outcome == ReplyOutcome.REPLY_MANUAL) {
            if (editRatio != null || editDistance != -1) {
                throw new ValidationException("a manual reply has no edit distance, was " + editDistance);
            }
        } else {
            Checks.required(editRatio, "editRatio");
            if (editRatio.signum() < 0 || editRatio.compareTo(BigDecimal.ONE) > 0) {
                throw new ValidationException("editRatio must be 0..1, was " + editRatio);
            }
            if (editDistance < 0) {
                throw new ValidationException("editDistance must be at least 0, was " + editDistance);
            }
        }
    }

    /** Whether the reply came from a draft changed by at most {@code maxRatio} of its characters (0 when accepted). */
    public boolean isAtMostEdited(BigDecimal maxRatio) {
        return editRatio != null && editRatio.compareTo(maxRatio) <= 0;
    }
}
