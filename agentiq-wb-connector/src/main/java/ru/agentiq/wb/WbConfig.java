package ru.agentiq.wb;

import java.net.URI;
import java.time.Duration;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.wb.ratelimit.RateLimits;

/**
 * Connector settings. Immutable; start from {@link #defaults()} or {@link #builder()}.
 *
 * @param feedbacksBaseUri   Feedbacks and Questions host ({@link #DEFAULT_FEEDBACKS_BASE_URI}; the sandbox is
 *                           {@link #SANDBOX_FEEDBACKS_BASE_URI})
 * @param chatBaseUri        Buyers-chat host ({@link #DEFAULT_CHAT_BASE_URI}; WB has no chat sandbox)
 * @param connectTimeout     TCP connect timeout
 * @param requestTimeout     whole-request timeout
 * @param maxAttempts        attempts of a read (GET) on timeouts, resets, 5xx and short 429s; ≥ 1
 * @param initialBackoff     first retry delay; doubled per attempt, with up to 50 % random jitter
 * @param maxBackoff         cap of the retry delay
 * @param maxRateLimitWait   the longest wait for WB's rate limit that is slept in-process; longer ones end the call
 *                           with {@link WbRateLimitedException}
 * @param rateLimits         bucket shapes; null means "by the token's type" ({@link RateLimits#forTokenType})
 * @param verifyToken        check the token's claims (JWT, expiry, category scope) before the first call
 * @param bearer             send {@code Authorization: Bearer <token>} instead of the raw token WB documents
 * @param burstHeadroom      requests of WB's burst the connector never uses (0..burst−1): a request that reaches
 *                           WB late followed by one that reaches it early shortens the gap WB measures, and a spare
 *                           token in WB's bucket absorbs that jitter instead of a 429
 */
public record WbConfig(
        URI feedbacksBaseUri,
        URI chatBaseUri,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxRateLimitWait,
        RateLimits rateLimits,
        boolean verifyToken,
        boolean bearer,
        int burstHeadroom) {

    public static final URI DEFAULT_FEEDBACKS_BASE_URI = URI.create("https://feedbacks-api.wildberries.ru");
    public static final URI SANDBOX_FEEDBACKS_BASE_URI = URI.create("https://feedbacks-api-sandbox.wildberries.ru");
    public static final URI DEFAULT_CHAT_BASE_URI = URI.create("https://buyer-chat-api.wildberries.ru");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_ATTEMPTS = 4;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);
    public static final Duration DEFAULT_MAX_RATE_LIMIT_WAIT = Duration.ofSeconds(10);
    public static final int DEFAULT_BURST_HEADROOM = 1;

    public WbConfig {
        feedbacksBaseUri = baseUri(feedbacksBaseUri, "feedbacksBaseUri");
        chatBaseUri = baseUri(chatBaseUri, "chatBaseUri");
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        Checks.inRange(maxAttempts, 1, 20, "maxAttempts");
        positive(initialBackoff, "initialBackoff");
        positive(maxBackoff, "maxBackoff");
        Checks.required(maxRateLimitWait, "maxRateLimitWait");
        if (maxRateLimitWait.isNegative()) {
            throw new ValidationException("maxRateLimitWait must not be negative, was " + maxRateLimitWait);
        }
        Checks.inRange(burstHeadroom, 0, 100, "burstHeadroom");
    }

    public static WbConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static URI baseUri(URI uri, String field) {
        Checks.required(uri, field);
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new ValidationException(field + " must be an absolute http(s) URI, was " + uri);
        }
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }

    private static void positive(Duration value, String field) {
        Checks.required(value, field);
        if (value.isZero() || value.isNegative()) {
            throw new ValidationException(field + " must be positive, was " + value);
        }
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private URI feedbacksBaseUri = DEFAULT_FEEDBACKS_BASE_URI;
        private URI chatBaseUri = DEFAULT_CHAT_BASE_URI;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private Duration maxRateLimitWait = DEFAULT_MAX_RATE_LIMIT_WAIT;
        private RateLimits rateLimits;
        private boolean verifyToken = true;
        private boolean bearer;
        private int burstHeadroom = DEFAULT_BURST_HEADROOM;

        private Builder() {
        }

        public Builder feedbacksBaseUri(URI value) {
            this.feedbacksBaseUri = value;
            return this;
        }

        public Builder feedbacksBaseUri(String value) {
            return feedbacksBaseUri(URI.create(value));
        }

        public Builder chatBaseUri(URI value) {
            this.chatBaseUri = value;
            return this;
        }

        public Builder chatBaseUri(String value) {
            return chatBaseUri(URI.create(value));
        }

        /** Both hosts at one base URI (a proxy or a test server). */
        public Builder baseUri(String value) {
            return feedbacksBaseUri(value).chatBaseUri(value);
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        public Builder maxAttempts(int value) {
            this.maxAttempts = value;
            return this;
        }

        public Builder initialBackoff(Duration value) {
            this.initialBackoff = value;
            return this;
        }

        public Builder maxBackoff(Duration value) {
            this.maxBackoff = value;
            return this;
        }

        public Builder maxRateLimitWait(Duration value) {
            this.maxRateLimitWait = value;
            return this;
        }

        public Builder rateLimits(RateLimits value) {
            this.rateLimits = value;
            return this;
        }

        public Builder verifyToken(boolean value) {
            this.verifyToken = value;
            return this;
        }

        public Builder bearer(boolean value) {
            this.bearer = value;
            return this;
        }

        public Builder burstHeadroom(int value) {
            this.burstHeadroom = value;
            return this;
        }

        public WbConfig build() {
            return new WbConfig(feedbacksBaseUri, chatBaseUri, connectTimeout, requestTimeout, maxAttempts,
                    initialBackoff, maxBackoff, maxRateLimitWait, rateLimits, verifyToken, bearer, burstHeadroom);
        }
    }
}
