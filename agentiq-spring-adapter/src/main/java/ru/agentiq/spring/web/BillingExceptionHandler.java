package ru.agentiq.spring.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ru.agentiq.billing.ledger.IdempotencyConflictException;
import ru.agentiq.billing.ledger.InsufficientCreditsException;
import ru.agentiq.billing.metering.AlreadyMeteredException;
import ru.agentiq.billing.payment.PaymentProviderException;
import ru.agentiq.billing.usage.DuplicateRequestIdException;

/**
 * Billing's exceptions: a depleted wallet under enforcement → 402 with the seed's exact detail; a reused idempotency
 * key with different content or a repeated request id → 409; the payment provider refusing or unreachable → 502.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 200)
public class BillingExceptionHandler {

    @ExceptionHandler(InsufficientCreditsException.class)
    ProblemDetail insufficientCredits(InsufficientCreditsException e) {
        return Problems.of(HttpStatus.PAYMENT_REQUIRED, "Payment required", e.getMessage());
    }

    @ExceptionHandler(PaymentProviderException.class)
    ProblemDetail paymentProvider(PaymentProviderException e) {
        return Problems.of(HttpStatus.BAD_GATEWAY, "Payment provider failure", e.getMessage());
    }

    @ExceptionHandler({IdempotencyConflictException.class, DuplicateRequestIdException.class,
            AlreadyMeteredException.class})
    ProblemDetail conflict(RuntimeException e) {
        return Problems.of(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }
}
