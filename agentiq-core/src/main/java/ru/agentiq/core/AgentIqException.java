package ru.agentiq.core;

/**
 * Root of every exception AgentIQ throws on purpose. Unchecked: callers catch the leaf they can handle
 * ({@link ValidationException}, {@code InsufficientCreditsException}, {@code RateLimitedException}, …) and let the rest
 * propagate.
 */
public class AgentIqException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AgentIqException(String message) {
        super(message);
    }

    public AgentIqException(String message, Throwable cause) {
        super(message, cause);
    }
}
