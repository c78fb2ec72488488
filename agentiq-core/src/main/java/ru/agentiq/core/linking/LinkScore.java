package ru.agentiq.core.linking;

import java.util.List;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * The assessment of one pair of interactions: confidence, type, band, what automation may do, and why — the signals
 * that fired, each one's contribution, and a one-line explanation. Built by {@link LinkScorer}; identical evidence
 * under one configuration yields the same (shared) instance.
 *
 * @param confidence    0..1 in thousandths (for example 0.9)
 * @param linkType      deterministic when an order or customer id matched
 * @param band          where the link may be shown
 * @param decision      what automation may do ({@link ActionPolicy})
 * @param signals       the signals that fired with a non-zero weight, in {@link LinkSignal} order (the seed's
 *                      {@code reasoning_signals})
 * @param contributions the score waterfall: one entry per signal, then the floor or cap adjustment if any; they add up
 *                      to {@code confidence}
 * @param explanation   human explanation: {@code deterministic by order_id}, {@code deterministic by customer_id},
 *                      {@code probabilistic by name with product/time context}, {@code product context + time
 *                      proximity} or {@code combined signals}
 */
public record LinkScore(
        double confidence,
        LinkType linkType,
        ConfidenceBand band,
        ActionDecision decision,
        List<LinkSignal> signals,
        List<Contribution> contributions,
        String explanation) {

    public LinkScore {
        if (Double.isNaN(confidence) || confidence < 0 || confidence > 1) {
            throw new ValidationException("confidence must be 0..1, was " + confidence);
        }
        Checks.required(linkType, "linkType");
        Checks.required(band, "band");
        Checks.required(decision, "decision");
        signals = List.copyOf(Checks.required(signals, "signals"));
        contributions = List.copyOf(Checks.required(contributions, "contributions"));
        Checks.requiredText(explanation, "explanation", 200);
        boolean deterministicEvidence = signals.stream().anyMatch(LinkSignal::isDeterministic);
        if ((linkType == LinkType.DETERMINISTIC) != deterministicEvidence) {
            throw new ValidationException("linkType " + linkType.wire() + " contradicts the signals " + signals
                    + ": a link is deterministic exactly when an order or customer id matched");
        }
        if (decision.autoActionAllowed() && linkType != LinkType.DETERMINISTIC) {
            throw new ValidationException("a probabilistic link cannot allow automatic actions");
        }
    }

    /** The seed's {@code auto_action_allowed}. */
    public boolean autoActionAllowed() {
        return decision.autoActionAllowed();
    }

    public ActionMode actionMode() {
        return decision.actionMode();
    }

    public PolicyReason policyReason() {
        return decision.reason();
    }
}
