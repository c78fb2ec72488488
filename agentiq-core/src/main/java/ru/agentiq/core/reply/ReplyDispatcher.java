package ru.agentiq.core.reply;

import java.util.Set;
import ru.agentiq.core.interaction.Channel;

/**
 * Port: delivers replies to the marketplace (the WB connector implements it for reviews, questions and chats).
 *
 * <p>Failure contract: a failure that proves the reply was not delivered (a 4xx, a refused connection) is thrown as
 * any {@link ru.agentiq.core.AgentIqException}; a failure after which it may have been delivered (a timeout after the
 * request was sent, a 5xx) is thrown as {@link DispatchAmbiguousException}, and {@link ReplyService} then calls
 * {@link #verify(ReplyRequest)} instead of sending again.
 */
public interface ReplyDispatcher {

    /** Channels this dispatcher can deliver to. */
    Set<Channel> channels();

    /** Sends the reply once (never retried blindly inside). */
    void send(ReplyRequest request);

    /** Reads the marketplace back to tell whether {@code request} was delivered. Must not throw. */
    Delivery verify(ReplyRequest request);
}
