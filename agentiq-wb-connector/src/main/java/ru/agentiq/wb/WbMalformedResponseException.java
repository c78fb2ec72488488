package ru.agentiq.wb;

/** WB answered with a body that is not the JSON the contract promises (truncated, HTML, wrong shape). */
public class WbMalformedResponseException extends WbApiException {
    private static final long serialVersionUID = 1L;

    public WbMalformedResponseException(String message, int status, String endpoint, String requestId, Throwable cause) {
        super(message, status, endpoint, requestId, cause);
    }
}
