package ru.agentiq.wb;

/** WB answered 5xx after the allowed retries (reads) or at once (writes, which are never retried blindly). */
public class WbServerException extends WbApiException {
    private static final long serialVersionUID = 1L;

    public WbServerException(String message, int status, String endpoint, String requestId, Throwable cause) {
        super(message, status, endpoint, requestId, cause);
    }
}
