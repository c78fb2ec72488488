package ru.agentiq.spring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.ops.SyncHealth;
import ru.agentiq.core.ops.SyncHealthEvaluator;
import ru.agentiq.core.ops.SyncHealthStatus;

/**
 * Sync health (seed §g.5) of the synced sellers as an actuator health indicator: {@code critical} (no run for 15
 * minutes, or more than half of the recent runs failed) is {@code DOWN}; {@code warning} (stale for 5 minutes, errors,
 * throttling, empty runs) is {@code UP} with the warning in the details; no runs yet is {@code UNKNOWN}. The details
 * carry each seller's status, message, last sync age and error rate; with several sellers the worst one decides.
 */
public final class SyncHealthIndicator extends AbstractHealthIndicator {

    private final SyncHealthEvaluator evaluator;
    private final List<SellerId> sellers;

    public SyncHealthIndicator(SyncHealthEvaluator evaluator, List<SellerId> sellers) {
        super("AgentIQ sync health check failed");
        this.evaluator = evaluator;
        this.sellers = List.copyOf(sellers);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        SyncHealthStatus worst = null;
        Map<String, Object> details = new LinkedHashMap<>();
        for (SellerId seller : sellers) {
            SyncHealth health = evaluator.health(seller);
            details.put("seller_" + seller.value(), details(health));
            if (worst == null || rank(health.status()) > rank(worst)) {
                worst = health.status();
            }
        }
        builder.status(status(worst == null ? SyncHealthStatus.UNKNOWN : worst)).withDetails(details);
    }

    private static Map<String, Object> details(SyncHealth h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", h.status().wire());
        m.put("message", h.message());
        m.put("last_sync_age_seconds", h.lastSyncAgeSeconds());
        m.put("error_rate", h.errorRate());
        m.put("rate_limited_recent", h.rateLimitedRecent());
        m.put("zero_fetch_streak", h.zeroFetchStreak());
        m.put("alerts", h.alerts().stream().map(a -> a.code()).toList());
        return m;
    }

    static Status status(SyncHealthStatus status) {
        return switch (status) {
            case UNKNOWN -> Status.UNKNOWN;
            case HEALTHY, WARNING -> Status.UP;
            case CRITICAL -> Status.DOWN;
        };
    }

    private static int rank(SyncHealthStatus status) {
        return switch (status) {
            case UNKNOWN -> 0;
            case HEALTHY -> 1;
            case WARNING -> 2;
            case CRITICAL -> 3;
        };
    }
}
