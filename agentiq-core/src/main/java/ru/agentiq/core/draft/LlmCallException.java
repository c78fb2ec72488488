package ru.agentiq.core.draft;

import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.internal.Checks;

/**
 * A language-model call failed (timeout, throttling, a server error, an answer that could not be read). Carries the
 * usage of the failed call, so a fallback built on it can still be metered and observed. The message never contains
 * the API key or the prompt.
 */
public class LlmCallException extends AgentIqException {
    private static final long serialVersionUID = 1L;

    private final transient LlmUsage usage;

    public LlmCallException(String message, LlmUsage usage, Throwable cause) {
        super(message, cause);
        this.usage = Checks.required(usage, "usage");
    }

    public LlmCallException(String message, LlmUsage usage) {
        this(message, usage, null);
    }

    /** The failed call: its status says how it failed. */
    public LlmUsage usage() {
        return usage;
    }
}
