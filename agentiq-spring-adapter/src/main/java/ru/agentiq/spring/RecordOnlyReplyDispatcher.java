package ru.agentiq.spring;

import java.util.EnumSet;
import java.util.Set;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.reply.Delivery;
import ru.agentiq.core.reply.ReplyDispatcher;
import ru.agentiq.core.reply.ReplyRequest;

/**
 * A dispatcher for applications with no marketplace connection: every reply counts as delivered and nothing leaves
 * the process. {@link ru.agentiq.core.reply.ReplyService} still checks guardrails and records the reply.
 */
final class RecordOnlyReplyDispatcher implements ReplyDispatcher {

    @Override
    public Set<Channel> channels() {
        return EnumSet.allOf(Channel.class);
    }

    @Override
    public void send(ReplyRequest request) {
        // deliberately nothing: there is no marketplace to deliver to
    }

    @Override
    public Delivery verify(ReplyRequest request) {
        return Delivery.PRESENT;
    }
}
