package ru.agentiq.core.reply;

import ru.agentiq.core.interaction.Channel;

/**
 * Port: the pre-send guardrail check. The guardrails of the priority/guardrails feature implement it; a reply with
 * any violation is refused by {@link ReplyService}.
 */
@FunctionalInterface
public interface ReplyGuard {

    /** Lets every reply through. */
    ReplyGuard NONE = (channel, customerText, reply) -> GuardVerdict.CLEAN;

    /**
     * @param channel      where the reply goes (public channels are strict)
     * @param customerText what the buyer wrote; nullable
     * @param reply        the trimmed reply
     */
    GuardVerdict check(Channel channel, String customerText, String reply);
}
