package ru.agentiq.wb;

/** WB answered 404: the path or the item does not exist. */
public class WbNotFoundException extends WbApiException {
    private static final long serialVersionUID = 1L;

    public WbNotFoundException(String message, int status, String endpoint, String requestId, Throwable cause) {
        super(message, status, endpoint, requestId, cause);
    }
}
