package ru.agentiq.core.reply;

import ru.agentiq.core.AgentIqException;

/**
 * The reply may have been delivered and the marketplace could not confirm either way. Retry later with the same
 * idempotency key: the retry reads the marketplace back first and never posts twice.
 */
public class ReplyOutcomeUnknownException extends AgentIqException {
    private static final long serialVersionUID = 1L;

    public ReplyOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
