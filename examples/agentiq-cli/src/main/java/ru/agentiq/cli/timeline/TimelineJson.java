package ru.agentiq.cli.timeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.timeline.ThreadTimeline;
import ru.agentiq.core.timeline.TimelineStep;

/** A thread timeline as the seed's JSON ({@code GET /interactions/{id}/timeline}). */
public final class TimelineJson {

    private TimelineJson() {
    }

    public static ObjectNode toJson(ThreadTimeline t) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("interaction_id", t.interactionId().value());
        node.put("thread_scope", t.scope().wire());
        ObjectNode key = node.putObject("thread_key");
        key.put("order_id", t.threadKey().orderId());
        key.put("customer_id", t.threadKey().customerId());
        key.put("nm_id", t.threadKey().nmId());
        key.put("product_article", t.threadKey().productArticle());
        ArrayNode channels = node.putArray("channels_present");
        for (Channel c : t.channelsPresent()) {
            channels.add(c.wire());
        }
        ArrayNode steps = node.putArray("steps");
        for (TimelineStep s : t.steps()) {
            ObjectNode step = steps.addObject();
            step.put("interaction_id", s.interactionId().value());
            step.put("channel", s.channel().wire());
            step.put("external_id", s.externalId());
            step.put("occurred_at", s.occurredAt() == null ? null : s.occurredAt().toString());
            step.put("status", s.status().wire());
            step.put("priority", s.priority().wire());
            step.put("needs_response", s.needsResponse());
            step.put("subject", s.subject());
            step.put("match_reason", s.matchReason().wire());
            step.put("confidence", s.confidence());
            step.put("auto_action_allowed", s.autoActionAllowed());
            step.put("action_mode", s.actionMode().wire());
            step.put("policy_reason", s.policyReason().wire());
            step.put("is_current", s.current());
            step.put("wb_url", s.wbUrl());
            step.put("last_reply_text", s.lastReplyText());
            step.put("last_ai_draft_text", s.lastAiDraftText());
        }
        return node;
    }
}
