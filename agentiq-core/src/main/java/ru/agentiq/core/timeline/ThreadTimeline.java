package ru.agentiq.core.timeline;

import java.util.List;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.internal.Checks;

/**
 * The deterministic thread of one interaction: its touches across reviews, questions and chats in time order.
 *
 * @param interactionId   the anchor
 * @param scope           what ties the thread together
 * @param threadKey       the anchor's references
 * @param channelsPresent channels of the steps, sorted by wire name
 * @param steps           oldest first (unknown times first), the anchor always among them
 */
public record ThreadTimeline(InteractionId interactionId, ThreadScope scope, ThreadKey threadKey,
        List<Channel> channelsPresent, List<TimelineStep> steps) {

    public ThreadTimeline {
        Checks.required(interactionId, "interactionId");
        Checks.required(scope, "scope");
        Checks.required(threadKey, "threadKey");
        channelsPresent = List.copyOf(Checks.required(channelsPresent, "channelsPresent"));
        steps = List.copyOf(Checks.required(steps, "steps"));
    }
}
