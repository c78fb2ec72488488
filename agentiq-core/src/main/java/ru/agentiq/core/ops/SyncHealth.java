package ru.agentiq.core.ops;

import java.math.BigDecimal;
import java.util.List;
import ru.agentiq.core.interaction.SellerId;

/**
 * Sync health of one seller (seed §g.5).
 *
 * @param sellerId          whose
 * @param status            the first matching rule's verdict
 * @param message           why, in one sentence
 * @param lastSyncAgeSeconds seconds since the newest run finished; null when unknown
 * @param errorRate         runs with errors over runs, 4 decimals
 * @param rateLimitedRecent whether one of the most recent runs was throttled
 * @param zeroFetchStreak   longest run of newest consecutive runs in one scope that fetched nothing without error
 * @param runsConsidered    how many runs the verdict rests on
 * @param alerts            the active sync alerts
 */
public record SyncHealth(SellerId sellerId, SyncHealthStatus status, String message, Long lastSyncAgeSeconds,
        BigDecimal errorRate, boolean rateLimitedRecent, int zeroFetchStreak, int runsConsidered,
        List<OpsAlert> alerts) {

    public SyncHealth {
        alerts = List.copyOf(alerts);
    }
}
