package ru.agentiq.core.autoresponse;

import java.time.Instant;
import java.util.List;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;

/**
 * Port: the stricter checks an unattended reply must pass (seed §c.7); the guardrails module's auto-response guard
 * implements it.
 */
@FunctionalInterface
public interface StrictReplyCheck {

    /** Every reason the reply is unsafe; empty when it may be sent unattended. */
    List<String> problems(SellerId sellerId, Channel channel, String reply, Instant now);
}
