package ru.agentiq.wb.internal;

import java.net.http.HttpHeaders;

/**
 * A WB response that was not turned into an exception by the transport (2xx, and 4xx the caller maps itself).
 *
 * @param status    HTTP status
 * @param headers   response headers
 * @param body      raw body (empty for 204)
 * @param endpoint  {@code METHOD /path}
 */
public record WbResponse(int status, HttpHeaders headers, byte[] body, String endpoint) {

    /** The request id WB sent in the headers; null when none. */
    public String headerRequestId() {
        return headers.firstValue("X-Request-Id").or(() -> headers.firstValue("X-Request-ID")).orElse(null);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
