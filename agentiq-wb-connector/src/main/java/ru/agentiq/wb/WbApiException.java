package ru.agentiq.wb;

import ru.agentiq.core.AgentIqException;

/**
 * Base of every failure talking to Wildberries. Carries the HTTP status (0 when no response came), the endpoint
 * ({@code GET /api/v1/feedbacks}) and WB's request id when it sent one. Messages never contain the token.
 */
public class WbApiException extends AgentIqException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String endpoint;
    private final String requestId;

    public WbApiException(String message, int status, String endpoint, String requestId, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.endpoint = endpoint;
        this.requestId = requestId;
    }

    /** The HTTP status WB answered with; 0 when there was no response. */
    public int status() {
        return status;
    }

    /** Method and path of the call, e.g. {@code GET /api/v1/feedbacks}; null for checks made before any call. */
    public String endpoint() {
        return endpoint;
    }

    /** WB's request id (from the error body or the response headers); null when WB sent none. */
    public String requestId() {
        return requestId;
    }
}
