package ru.agentiq.billing.metering;

import ru.agentiq.billing.BillingException;
import ru.agentiq.billing.usage.LlmCallEvent;

/**
 * A draft request id was metered before. Generating again under the same id would call the model a second time and
 * could not be charged without double-counting, so it is refused before the call; a new generation needs a new
 * request id (HTTP 409).
 */
public final class AlreadyMeteredException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final transient LlmCallEvent event;

    public AlreadyMeteredException(LlmCallEvent event) {
        super("draft request '" + event.call().requestId() + "' of account '" + event.call().account()
                + "' was already metered (usage event " + event.id() + "); use a new request id for a new draft");
        this.event = event;
    }

    /** The earlier usage event. */
    public LlmCallEvent event() {
        return event;
    }
}
