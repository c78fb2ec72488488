package ru.agentiq.wb;

/**
 * No (complete) answer came: connection refused or reset, or a timeout. {@link #mayHaveBeenDelivered()} tells whether
 * the request may have reached WB (it had been sent when the failure happened), which matters for writes.
 */
public class WbConnectionException extends WbApiException {
    private static final long serialVersionUID = 1L;

    private final boolean mayHaveBeenDelivered;

    public WbConnectionException(String message, String endpoint, boolean mayHaveBeenDelivered, Throwable cause) {
        super(message, 0, endpoint, null, cause);
        this.mayHaveBeenDelivered = mayHaveBeenDelivered;
    }

    public boolean mayHaveBeenDelivered() {
        return mayHaveBeenDelivered;
    }
}
