package ru.agentiq.spring.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ru.agentiq.wb.WbApiException;
import ru.agentiq.wb.WbRateLimitedException;

/** WB failures are the gateway's, not the caller's: 502, except a rate limit (429, handled by the core handler). */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 200)
public class WbExceptionHandler {

    private final CoreExceptionHandler core;

    public WbExceptionHandler(CoreExceptionHandler core) {
        this.core = core;
    }

    @ExceptionHandler(WbRateLimitedException.class)
    Object rateLimited(WbRateLimitedException e) {
        return core.other(e);
    }

    @ExceptionHandler(WbApiException.class)
    ProblemDetail wbFailure(WbApiException e) {
        return Problems.of(HttpStatus.BAD_GATEWAY, "Wildberries API failure", e.getMessage());
    }
}
