package ru.agentiq.billing.payment;

import ru.agentiq.billing.BillingException;

/** The payment provider refused a request or could not be reached (HTTP 502/503 at the edge). */
public class PaymentProviderException extends BillingException {
    private static final long serialVersionUID = 1L;

    public PaymentProviderException(String message) {
        super(message);
    }

    public PaymentProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
