package ru.agentiq.wb;

import java.time.Instant;
import ru.agentiq.core.sync.Throttled;

/**
 * WB's rate limit (a 429, or the local budget) refuses calls until {@link #resumeAt()}, longer than the connector is
 * configured to wait in-process. Calling earlier extends WB's penalty, so the sync records the instant as a cooldown.
 */
public class WbRateLimitedException extends WbApiException implements Throttled {
    private static final long serialVersionUID = 1L;

    private final Instant resumeAt;

    public WbRateLimitedException(String message, Instant resumeAt, int status, String endpoint, String requestId) {
        super(message, status, endpoint, requestId, null);
        this.resumeAt = resumeAt;
    }

    @Override
    public Instant resumeAt() {
        return resumeAt;
    }
}
