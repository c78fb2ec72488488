package ru.agentiq.wb;

/** The token was refused (401, 403) or fails the check made before the first call (not a WB token, expired, missing the category's scope). Not retriable. */
public class WbAuthenticationException extends WbApiException {
    private static final long serialVersionUID = 1L;

    public WbAuthenticationException(String message, int status, String endpoint, String requestId, Throwable cause) {
        super(message, status, endpoint, requestId, cause);
    }
}
