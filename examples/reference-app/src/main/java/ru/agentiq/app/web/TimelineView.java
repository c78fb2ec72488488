package ru.agentiq.app.web;

import java.time.Instant;
import java.util.List;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.timeline.ThreadTimeline;
import ru.agentiq.core.timeline.TimelineStep;

/** The deterministic thread timeline in the seed's shape (§d.4). */
public record TimelineView(long interactionId, String threadScope, ThreadKeyView threadKey,
        List<String> channelsPresent, List<StepView> steps) {

    static TimelineView of(ThreadTimeline t) {
        return new TimelineView(t.interactionId().value(), t.scope().wire(),
                new ThreadKeyView(t.threadKey().orderId(), t.threadKey().customerId(), t.threadKey().nmId(),
                        t.threadKey().productArticle()),
                t.channelsPresent().stream().map(Channel::wire).toList(),
                t.steps().stream().map(StepView::of).toList());
    }

    public record ThreadKeyView(String orderId, String customerId, String nmId, String productArticle) {
    }

    public record StepView(long interactionId, String channel, String externalId, Instant occurredAt, String status,
            String priority, boolean needsResponse, String subject, String matchReason, double confidence,
            boolean autoActionAllowed, String actionMode, String policyReason, boolean isCurrent, String wbUrl,
            String lastReplyText, String lastAiDraftText) {

        static StepView of(TimelineStep s) {
            return new StepView(s.interactionId().value(), s.channel().wire(), s.externalId(), s.occurredAt(),
                    s.status().wire(), s.priority().wire(), s.needsResponse(), s.subject(), s.matchReason().wire(),
                    s.confidence(), s.autoActionAllowed(), s.actionMode().wire(), s.policyReason().wire(),
                    s.current(), s.wbUrl(), s.lastReplyText(), s.lastAiDraftText());
        }
    }
}
