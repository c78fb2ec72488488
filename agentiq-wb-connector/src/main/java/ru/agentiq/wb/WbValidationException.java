package ru.agentiq.wb;

/**
 * WB refused the request as invalid (400, 422, or a 200 envelope with {@code error: true}). {@link #getMessage()}
 * includes WB's own explanation ({@code errorText} or {@code detail}), which {@link #wbMessage()} gives alone.
 */
public class WbValidationException extends WbApiException {
    private static final long serialVersionUID = 1L;

    private final String wbMessage;

    public WbValidationException(String message, String wbMessage, int status, String endpoint, String requestId) {
        super(message, status, endpoint, requestId, null);
        this.wbMessage = wbMessage;
    }

    /** WB's explanation ({@code errorText}, {@code detail} or {@code title}); nullable. */
    public String wbMessage() {
        return wbMessage;
    }
}
