package ru.agentiq.billing;

import ru.agentiq.core.AgentIqException;

/**
 * Base of the failures specific to billing (ledger conflicts, insufficient credits, payment problems). Invalid input
 * is reported with core's {@link ru.agentiq.core.ValidationException} and missing things with a
 * {@link ru.agentiq.core.NotFoundException} leaf, as everywhere in AgentIQ, so one error mapping serves every module.
 */
public class BillingException extends AgentIqException {
    private static final long serialVersionUID = 1L;

    public BillingException(String message) {
        super(message);
    }

    public BillingException(String message, Throwable cause) {
        super(message, cause);
    }
}
