package ru.agentiq.app.payments;

/** A payment route was called but no payment provider (or no webhook secret) is configured (HTTP 503). */
public class PaymentNotConfiguredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PaymentNotConfiguredException(String message) {
        super(message);
    }
}
