package ru.agentiq.core.timeline;

import java.time.Instant;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.linking.ActionDecision;
import ru.agentiq.core.linking.ActionMode;
import ru.agentiq.core.linking.PolicyReason;

/**
 * One touch of a thread, with why it belongs there and what automation may do with that link.
 *
 * @param interactionId   the interaction
 * @param channel         its channel
 * @param externalId      its marketplace id
 * @param occurredAt      when the buyer acted; nullable
 * @param status          workflow state
 * @param priority        queue priority
 * @param needsResponse   whether an answer is owed
 * @param subject         list title; nullable
 * @param matchReason     why it belongs to the thread
 * @param confidence      the reason's confidence
 * @param decision        the action policy for a deterministic link of that confidence
 * @param current         whether this is the anchor
 * @param wbUrl           where to answer it in the seller portal
 * @param lastReplyText   the last answer sent, for reuse as a template; nullable
 * @param lastAiDraftText the last AI draft; nullable
 */
public record TimelineStep(
        InteractionId interactionId,
        Channel channel,
        String externalId,
        Instant occurredAt,
        InteractionStatus status,
        Priority priority,
        boolean needsResponse,
        String subject,
        MatchReason matchReason,
        double confidence,
        ActionDecision decision,
        boolean current,
        String wbUrl,
        String lastReplyText,
        String lastAiDraftText) {

    public TimelineStep {
        Checks.required(interactionId, "interactionId");
        Checks.required(channel, "channel");
        Checks.required(externalId, "externalId");
        Checks.required(status, "status");
        Checks.required(priority, "priority");
        Checks.required(matchReason, "matchReason");
        Checks.required(decision, "decision");
        Checks.required(wbUrl, "wbUrl");
    }

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
