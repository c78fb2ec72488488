package ru.agentiq.core.reply;

import ru.agentiq.core.AgentIqException;

/** Sending may or may not have delivered the reply (the request left, no answer came back). */
public class DispatchAmbiguousException extends AgentIqException {
    private static final long serialVersionUID = 1L;

    public DispatchAmbiguousException(String message, Throwable cause) {
        super(message, cause);
    }
}
