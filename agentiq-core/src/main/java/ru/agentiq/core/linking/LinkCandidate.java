package ru.agentiq.core.linking;

import java.util.List;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.internal.Checks;

/**
 * Another interaction that probably belongs to the same buyer episode, with the assessment of the pair.
 *
 * @param interactionId the linked interaction
 * @param channel       its channel (always different from the anchor's)
 * @param externalId    its marketplace id
 * @param score         confidence, type, band, policy and explanation
 */
public record LinkCandidate(InteractionId interactionId, Channel channel, String externalId, LinkScore score) {

    public LinkCandidate {
        Checks.required(interactionId, "interactionId");
        Checks.required(channel, "channel");
        Checks.required(externalId, "externalId");
        Checks.required(score, "score");
    }

    public double confidence() {
        return score.confidence();
    }

    public LinkType linkType() {
        return score.linkType();
    }

    public ConfidenceBand band() {
        return score.band();
    }

    public boolean autoActionAllowed() {
        return score.autoActionAllowed();
    }

    public ActionMode actionMode() {
        return score.actionMode();
    }

    public PolicyReason policyReason() {
        return score.policyReason();
    }

    public List<LinkSignal> reasoningSignals() {
        return score.signals();
    }

    public List<Contribution> contributions() {
        return score.contributions();
    }

    public String explanation() {
        return score.explanation();
    }
}
