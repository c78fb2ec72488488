package ru.agentiq.wb.ratelimit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.wb.auth.ApiCategory;
import ru.agentiq.wb.auth.TokenType;

/**
 * WB's rate limits per category, from the official tables (Aug-2026 docs): Personal, Service and Base-with-secret
 * tokens get {@link #standard()}, Base tokens the far stricter {@link #baseToken()}.
 */
public final class RateLimits {

    /** Feedbacks and Questions (every method, pins included): 3 per second, burst 6. */
    public static final Limit FEEDBACKS_QUESTIONS = new Limit(3, Duration.ofSeconds(1), 6);
    /** Chat (chats, events, message): 10 per 10 seconds, burst 10. */
    public static final Limit CHAT = new Limit(10, Duration.ofSeconds(10), 10);
    /** Chat download: 10 per 10 seconds, burst 10. */
    public static final Limit CHAT_DOWNLOAD = new Limit(10, Duration.ofSeconds(10), 10);

    private final Map<ApiCategory, Limit> limits;

    private RateLimits(Map<ApiCategory, Limit> limits) {
        for (ApiCategory category : ApiCategory.values()) {
            if (!limits.containsKey(category)) {
                throw new ValidationException("rate limits need a limit for " + category);
            }
        }
        this.limits = Map.copyOf(limits);
    }

    /** Personal, Service and Base-with-secret tokens. */
    public static RateLimits standard() {
        Map<ApiCategory, Limit> map = new EnumMap<>(ApiCategory.class);
        map.put(ApiCategory.FEEDBACKS_QUESTIONS, FEEDBACKS_QUESTIONS);
        map.put(ApiCategory.CHAT, CHAT);
        map.put(ApiCategory.CHAT_DOWNLOAD, CHAT_DOWNLOAD);
        return new RateLimits(map);
    }

    /** Base tokens without a service secret: 5 per hour (F&amp;Q), 1 per hour (chat), 10 per hour (downloads). */
    public static RateLimits baseToken() {
        Map<ApiCategory, Limit> map = new EnumMap<>(ApiCategory.class);
        map.put(ApiCategory.FEEDBACKS_QUESTIONS, new Limit(5, Duration.ofHours(1), 1));
        map.put(ApiCategory.CHAT, new Limit(1, Duration.ofHours(1), 1));
        map.put(ApiCategory.CHAT_DOWNLOAD, new Limit(10, Duration.ofHours(1), 1));
        return new RateLimits(map);
    }

    /** The limits WB applies to a token of {@code type}. */
    public static RateLimits forTokenType(TokenType type) {
        return type == TokenType.BASE ? baseToken() : standard();
    }

    /** A copy with {@code category} limited by {@code limit}. */
    public RateLimits with(ApiCategory category, Limit limit) {
        Map<ApiCategory, Limit> map = new EnumMap<>(limits);
        map.put(Checks.required(category, "category"), Checks.required(limit, "limit"));
        return new RateLimits(map);
    }

    public Limit limit(ApiCategory category) {
        return limits.get(category);
    }

    @Override
    public String toString() {
        return "RateLimits" + limits;
    }
}
