package ru.agentiq.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A WB route was called but no WB token is configured. */
@ResponseStatus(value = HttpStatus.SERVICE_UNAVAILABLE, reason = "The WB connector is not configured (agentiq.wb.token).")
public class WbNotConfiguredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WbNotConfiguredException() {
        super("The WB connector is not configured (agentiq.wb.token).");
    }
}
