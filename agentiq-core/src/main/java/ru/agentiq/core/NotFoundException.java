package ru.agentiq.core;

/** Something addressed by id does not exist for the tenant that asked (or belongs to another tenant). */
public class NotFoundException extends AgentIqException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
