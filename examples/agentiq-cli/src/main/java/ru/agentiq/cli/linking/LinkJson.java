package ru.agentiq.cli.linking;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.linking.Contribution;
import ru.agentiq.core.linking.LinkCandidate;
import ru.agentiq.core.linking.LinkSignal;

/** Link candidates as JSON with the seed's snake_case names, plus the band and the score waterfall. */
public final class LinkJson {

    private LinkJson() {
    }

    /** {@code {interaction_id, candidates: [...]}}. */
    public static ObjectNode links(InteractionId interactionId, List<LinkCandidate> candidates) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("interaction_id", interactionId.value());
        ArrayNode list = node.putArray("candidates");
        candidates.forEach(c -> list.add(candidate(c)));
        return node;
    }

    public static ObjectNode candidate(LinkCandidate c) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("interaction_id", c.interactionId().value());
        node.put("channel", c.channel().wire());
        node.put("external_id", c.externalId());
        node.put("confidence", c.confidence());
        node.put("link_type", c.linkType().wire());
        node.put("band", c.band().wire());
        node.put("auto_action_allowed", c.autoActionAllowed());
        node.put("action_mode", c.actionMode().wire());
        node.put("policy_reason", c.policyReason().wire());
        ArrayNode signals = node.putArray("reasoning_signals");
        for (LinkSignal s : c.reasoningSignals()) {
            signals.add(s.wire());
        }
        ArrayNode contributions = node.putArray("contributions");
        for (Contribution contribution : c.contributions()) {
            contributions.addObject().put("signal", contribution.factor()).put("weight", contribution.weight());
        }
        node.put("explanation", c.explanation());
        return node;
    }
}
