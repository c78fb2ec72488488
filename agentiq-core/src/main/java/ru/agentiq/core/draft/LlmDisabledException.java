package ru.agentiq.core.draft;

import ru.agentiq.core.AgentIqException;

/** The model is switched off for this seller (or has no API key), so no call was made. */
public class LlmDisabledException extends AgentIqException {
    private static final long serialVersionUID = 1L;

    public LlmDisabledException(String message) {
        super(message);
    }
}
