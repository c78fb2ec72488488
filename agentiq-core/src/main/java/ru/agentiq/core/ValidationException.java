package ru.agentiq.core;

/**
 * A value handed to AgentIQ breaks a documented rule. The message names the field, the rule and the rejected value
 * (for example {@code rating must be 1..5, was 7}), so it can be shown to the person who supplied it.
 */
public class ValidationException extends AgentIqException {
    private static final long serialVersionUID = 1L;

    public ValidationException(String message) {
        super(message);
    }
}
