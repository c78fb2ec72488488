package ru.agentiq.spring.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.NotFoundException;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.guardrails.GuardrailFinding;
import ru.agentiq.core.guardrails.ReplyBlockedException;
import ru.agentiq.core.sync.Throttled;

/**
 * Core's exceptions as problem details: validation → 422, not found → 404, a reply blocked by guardrails → 422 with
 * its violations and warnings, anything rate limited → 429 with {@code Retry-After}. Module handlers (billing, WB) are
 * ordered before this one.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class CoreExceptionHandler {

    private final Clock clock;

    public CoreExceptionHandler(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(ReplyBlockedException.class)
    ProblemDetail replyBlocked(ReplyBlockedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Reply blocked by guardrails",
                e.verdict().summary());
        problem.setProperty("violations", findings(e.verdict().violations()));
        problem.setProperty("warnings", findings(e.verdict().warnings()));
        return problem;
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail validation(ValidationException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(AgentIqException.class)
    ResponseEntity<ProblemDetail> other(AgentIqException e) {
        if (e instanceof Throttled throttled) {
            long seconds = Math.max(1, Duration.between(clock.instant(), throttled.resumeAt()).toSeconds());
            ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Rate limited", e.getMessage());
            problem.setProperty("retry_after_seconds", seconds);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
        }
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "AgentIQ error", e.getMessage()));
    }

    static List<Map<String, Object>> findings(List<GuardrailFinding> findings) {
        return findings.stream().map(f -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("type", f.type().wire());
            m.put("category", f.category());
            m.put("phrase", f.phrase());
            m.put("severity", f.severity().wire());
            m.put("message", f.message());
            return m;
        }).toList();
    }
}
