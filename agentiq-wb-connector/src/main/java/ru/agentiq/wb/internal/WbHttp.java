package ru.agentiq.wb.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.wb.WbApiException;
import ru.agentiq.wb.WbAuthenticationException;
import ru.agentiq.wb.WbConfig;
import ru.agentiq.wb.WbConnectionException;
import ru.agentiq.wb.WbNotFoundException;
import ru.agentiq.wb.WbRateLimitedException;
import ru.agentiq.wb.WbServerException;
import ru.agentiq.wb.WbValidationException;
import ru.agentiq.wb.auth.WbToken;
import ru.agentiq.wb.ratelimit.BudgetKey;
import ru.agentiq.wb.ratelimit.Limit;
import ru.agentiq.wb.ratelimit.RateBudget;
import ru.agentiq.wb.ratelimit.RateLimits;
import ru.agentiq.wb.ratelimit.Sleeper;

/**
 * The connector's HTTP transport: token check, rate budget, one request, retries and error mapping.
 *
 * <ul>
 *   <li>Before every call: the token's claims are checked (when configured) and one request is taken from the
 *       seller's bucket for the category; a wait up to {@link WbConfig#maxRateLimitWait()} is slept, a longer one
 *       ends the call with {@link WbRateLimitedException}.</li>
 *   <li>429: the wait is {@code X-Ratelimit-Retry}, else {@code X-Ratelimit-Reset}, else exponential backoff with
 *       jitter; it is recorded in the budget so no caller asks early, slept when short and attempts remain, else
 *       thrown. A 429 is retried for writes too (WB refused before processing).</li>
 *   <li>Reads (GET) retry timeouts, connection failures and 5xx with exponential backoff and jitter, up to
 *       {@link WbConfig#maxAttempts()}. Writes retry only failures that prove nothing was sent (connection refused);
 *       otherwise they fail at once and say whether the request may have been delivered.</li>
 * </ul>
 *
 * <p>Logs never contain the token; only method, path, status, attempt and timing.
 */
public final class WbHttp {

    private static final Logger log = LoggerFactory.getLogger(WbHttp.class);

    private final HttpClient http;
    private final WbConfig config;
    private final RateBudget budget;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier jitter;

    public WbHttp(HttpClient http, WbConfig config, RateBudget budget, Sleeper sleeper, Clock clock,
            DoubleSupplier jitter) {
        this.http = Checks.required(http, "http");
        this.config = Checks.required(config, "config");
        this.budget = Checks.required(budget, "budget");
        this.sleeper = Checks.required(sleeper, "sleeper");
        this.clock = Checks.required(clock, "clock");
        this.jitter = Checks.required(jitter, "jitter");
    }

    public WbConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Makes {@code call} for the seller {@code account} with {@code token}.
     *
     * @return a 2xx response
     * @throws WbApiException the typed failure
     */
    public WbResponse execute(String account, WbToken token, WbCall call) {
        if (config.verifyToken()) {
            token.check(call.category(), call.write(), clock.instant());
        }
        RateLimits limits = config.rateLimits() != null ? config.rateLimits()
                : RateLimits.forTokenType(token.type());
        Limit published = limits.limit(call.category());
        Limit limit = config.burstHeadroom() == 0 ? published : new Limit(published.requests(), published.period(),
                Math.max(1, published.burst() - config.burstHeadroom()));
        BudgetKey key = new BudgetKey(account, token.type(), call.category());
        HttpRequest request = request(token, call);

        int attempt = 0;
        while (true) {
            attempt++;
            awaitBudget(key, limit, call);
            long started = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                boolean notSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
                String what = e instanceof HttpTimeoutException && !notSent
                        ? "timed out after " + config.requestTimeout().toMillis() + " ms"
                        : "failed: " + describe(e);
                boolean retry = attempt < config.maxAttempts() && (!call.write() || notSent);
                log.info("wb_request endpoint=\"{}\" attempt={} outcome=io_error retry={} detail=\"{}\"",
                        call.endpoint(), attempt, retry, describe(e));
                if (retry) {
                    pause(backoff(attempt), call);
                    continue;
                }
                throw new WbConnectionException("WB " + call.endpoint() + " " + what, call.endpoint(), !notSent, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WbConnectionException("WB " + call.endpoint() + " was interrupted", call.endpoint(), true,
                        e);
            }
            int status = response.statusCode();
            log.debug("wb_request endpoint=\"{}\" attempt={} status={} ms={}", call.endpoint(), attempt, status,
                    (System.nanoTime() - started) / 1_000_000);
            WbResponse wbResponse = new WbResponse(status, response.headers(), response.body(), call.endpoint());
            if (status == 429) {
                Duration wait = retryAfter(wbResponse, attempt);
                Instant resumeAt = clock.instant().plus(wait);
                budget.blockUntil(key, resumeAt);
                boolean retry = attempt < config.maxAttempts() && wait.compareTo(config.maxRateLimitWait()) <= 0;
                log.info("wb_rate_limited endpoint=\"{}\" attempt={} wait_ms={} retry={}", call.endpoint(), attempt,
                        wait.toMillis(), retry);
                if (retry) {
                    continue;
                }
                throw new WbRateLimitedException("WB rate limit for " + call.category().title() + " on "
                        + call.endpoint() + "; calls may resume at " + resumeAt, resumeAt, 429, call.endpoint(),
                        ErrorBody.parse(wbResponse).requestId());
            }
            if (status >= 500 && !call.write() && attempt < config.maxAttempts()) {
                log.info("wb_request endpoint=\"{}\" attempt={} status={} retry=true", call.endpoint(), attempt,
                        status);
                pause(backoff(attempt), call);
                continue;
            }
            if (status >= 400) {
                throw toException(wbResponse);
            }
            return wbResponse;
        }
    }

    /** The typed exception for a WB error response. */
    public static WbApiException toException(WbResponse response) {
        ErrorBody error = ErrorBody.parse(response);
        int status = response.status();
        String endpoint = response.endpoint();
        String detail = error.message() == null ? "" : ": " + error.message();
        String suffix = error.requestId() == null ? "" : " (request id " + error.requestId() + ")";
        if (status == 401 || status == 403) {
            String hint = status == 401 ? " — the token is invalid, expired, or lacks the category"
                    : " — the seller account is blocked or the method is disabled for it";
            return new WbAuthenticationException("WB refused the token on " + endpoint + " (" + status + ")" + detail
                    + hint + suffix, status, endpoint, error.requestId(), null);
        }
        if (status == 404) {
            return new WbNotFoundException("WB " + endpoint + " found nothing (404)" + detail + suffix, status,
                    endpoint, error.requestId(), null);
        }
        if (status >= 500) {
            return new WbServerException("WB " + endpoint + " failed on WB's side (" + status + ")" + detail + suffix,
                    status, endpoint, error.requestId(), null);
        }
        return new WbValidationException("WB rejected " + endpoint + " (" + status + ")" + detail + suffix,
                error.message(), status, endpoint, error.requestId());
    }

    private HttpRequest request(WbToken token, WbCall call) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri())
                .timeout(config.requestTimeout())
                .header("Authorization", token.authorizationHeader(config.bearer()))
                .header("Accept", "application/json")
                .header("User-Agent", "agentiq-wb-connector");
        if (call.body() != null) {
            builder.header("Content-Type", call.contentType());
            builder.method(call.method(), call.body());
        } else {
            builder.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    private void awaitBudget(BudgetKey key, Limit limit, WbCall call) {
        while (true) {
            Duration wait = budget.tryAcquire(key, limit);
            if (wait.isZero()) {
                return;
            }
            if (wait.compareTo(config.maxRateLimitWait()) > 0) {
                Instant resumeAt = clock.instant().plus(wait);
                throw new WbRateLimitedException("the " + call.category().title() + " rate limit allows the next "
                        + "call at " + resumeAt + " (waiting longer than " + config.maxRateLimitWait().toMillis()
                        + " ms is not allowed)", resumeAt, 0, call.endpoint(), null);
            }
            pause(wait, call);
        }
    }

    private void pause(Duration wait, WbCall call) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WbConnectionException("WB " + call.endpoint() + " was interrupted while waiting",
                    call.endpoint(), false, e);
        }
    }

    Duration backoff(int attempt) {
        long base = config.initialBackoff().toNanos() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, config.maxBackoff().toNanos());
        return Duration.ofNanos((long) (capped * (1 + 0.5 * jitter.getAsDouble())));
    }

    private Duration retryAfter(WbResponse response, int attempt) {
        return seconds(response, "X-Ratelimit-Retry")
                .or(() -> seconds(response, "X-Ratelimit-Reset"))
                .orElseGet(() -> backoff(attempt));
    }

    private static Optional<Duration> seconds(WbResponse response, String header) {
        return response.headers().firstValue(header).flatMap(value -> {
            try {
                double seconds = Double.parseDouble(value.strip());
                return seconds >= 0 && seconds < 1e7
                        ? Optional.of(Duration.ofMillis((long) Math.ceil(seconds * 1000))) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }

    /** The fields WB's various error bodies use. */
    record ErrorBody(String message, String requestId) {
        static ErrorBody parse(WbResponse response) {
            String requestId = response.headerRequestId();
            String message = null;
            try {
                JsonNode node = response.body().length == 0 ? null : WbJson.mapper().readTree(response.body());
                if (node != null && node.isObject()) {
                    requestId = firstNonNull(WbJson.text(node, "requestId"), requestId);
                    message = firstNonNull(WbJson.text(node, "errorText"), WbJson.text(node, "detail"),
                            WbJson.text(node, "title"), WbJson.text(node, "message"));
                    JsonNode errors = node.get("errors");
                    if (message == null && errors != null && errors.isArray() && !errors.isEmpty()) {
                        message = errors.get(0).asText();
                    }
                }
            } catch (IOException e) {
                // a non-JSON error body: the status says enough
            }
            return new ErrorBody(message, requestId);
        }

        @SafeVarargs
        private static <T> T firstNonNull(T... values) {
            for (T value : values) {
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
    }
}
