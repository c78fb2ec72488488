package ru.agentiq.core.ops;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.quality.Rates;

/**
 * Judges a seller's sync health from the runs in a {@link SyncRunLog} (seed §g.5). The status is the first rule that
 * matches: newest run older than 15 min → critical; error rate above 0.5 → critical; older than 5 min → warning;
 * error rate above 0.2 → warning; one of the 3 newest runs throttled → warning; 3 newest runs of one scope fetched
 * nothing without error → warning; else healthy. Alerts are evaluated independently of each other.
 *
 * <p>Deliberate difference from the seed: when a seller has per-channel runs, the {@code all} aggregate runs are left
 * out of the error rate, the throttling check and the zero-fetch streak (they repeat the channel runs, so counting
 * both would weigh every failure twice); they still count for the age.
 */
public final class SyncHealthEvaluator {

    private final SyncRunLog log;
    private final Clock clock;
    private final SyncHealthConfig config;

    public SyncHealthEvaluator(SyncRunLog log, Clock clock) {
        this(log, clock, SyncHealthConfig.defaults());
    }

    public SyncHealthEvaluator(SyncRunLog log, Clock clock, SyncHealthConfig config) {
        this.log = Checks.required(log, "log");
        this.clock = Checks.required(clock, "clock");
        this.config = Checks.required(config, "config");
    }

    public SyncHealth health(SellerId sellerId) {
        return evaluate(sellerId, log.runs(sellerId), clock.instant(), config);
    }

    /** The verdict over {@code runs} at {@code now}. */
    public static SyncHealth evaluate(SellerId sellerId, List<SyncRun> runs, Instant now, SyncHealthConfig config) {
        if (runs.isEmpty()) {
            return new SyncHealth(sellerId, SyncHealthStatus.UNKNOWN, "No sync runs recorded yet.", null,
                    Rates.ZERO, false, 0, 0, List.of());
        }
        Instant newest = runs.stream().map(SyncRun::finishedAt).max(Comparator.naturalOrder()).orElseThrow();
        Duration age = Duration.between(newest, now);
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        List<SyncRun> considered = runs.stream().filter(r -> r.scope() != SyncScope.ALL).toList();
        if (considered.isEmpty()) {
            considered = runs;
        }
        List<SyncRun> newestFirst = new ArrayList<>(considered);
        newestFirst.sort(Comparator.comparing(SyncRun::finishedAt).reversed());
        long failed = considered.stream().filter(SyncRun::hasErrors).count();
        BigDecimal errorRate = Rates.of(failed, considered.size());
        boolean rateLimitedRecent = newestFirst.stream().limit(config.recentRuns()).anyMatch(SyncRun::rateLimited);
        int streak = zeroFetchStreak(newestFirst);

        boolean staleCritical = age.compareTo(config.staleCritical()) > 0;
        boolean errorsCritical = errorRate.compareTo(config.errorRateCritical()) > 0;
        boolean staleWarning = age.compareTo(config.staleWarning()) > 0;
        boolean errorsWarning = errorRate.compareTo(config.errorRateWarning()) > 0;
        boolean zeroFetch = streak >= config.zeroFetchStreak();

        SyncHealthStatus status;
        String message;
        if (staleCritical) {
            status = SyncHealthStatus.CRITICAL;
            message = "Last sync finished " + minutes(age) + " min ago (limit " + minutes(config.staleCritical())
                    + " min).";
        } else if (errorsCritical) {
            status = SyncHealthStatus.CRITICAL;
            message = "Error rate " + errorRate.toPlainString() + " over the last " + considered.size() + " runs.";
        } else if (staleWarning) {
            status = SyncHealthStatus.WARNING;
            message = "Last sync finished " + minutes(age) + " min ago.";
        } else if (errorsWarning) {
            status = SyncHealthStatus.WARNING;
            message = "Error rate " + errorRate.toPlainString() + " over the last " + considered.size() + " runs.";
        } else if (rateLimitedRecent) {
            status = SyncHealthStatus.WARNING;
            message = "Wildberries throttled one of the last " + config.recentRuns() + " runs.";
        } else if (zeroFetch) {
            status = SyncHealthStatus.WARNING;
            message = streak + " consecutive runs fetched nothing.";
        } else {
            status = SyncHealthStatus.HEALTHY;
            message = "Sync is running normally.";
        }

        List<OpsAlert> alerts = new ArrayList<>();
        if (staleCritical) {
            alerts.add(new OpsAlert(OpsAlert.SYNC_STALE, AlertSeverity.HIGH, "Sync is stale",
                    "No sync has finished for " + minutes(age) + " minutes."));
        }
        if (errorsWarning) {
            alerts.add(new OpsAlert(OpsAlert.SYNC_ERRORS, AlertSeverity.HIGH, "Sync errors",
                    failed + " of the last " + considered.size() + " sync runs failed (error rate "
                            + errorRate.toPlainString() + ")."));
        }
        if (rateLimitedRecent) {
            alerts.add(new OpsAlert(OpsAlert.SYNC_RATE_LIMITED, AlertSeverity.MEDIUM, "Sync is rate-limited",
                    "Wildberries throttled at least one of the last " + config.recentRuns() + " sync runs."));
        }
        if (zeroFetch) {
            alerts.add(new OpsAlert(OpsAlert.SYNC_ZERO_FETCH, AlertSeverity.MEDIUM, "Sync fetches nothing",
                    streak + " consecutive sync runs of one channel fetched no items."));
        }
        return new SyncHealth(sellerId, status, message, age.toSeconds(), errorRate, rateLimitedRecent, streak,
                considered.size(), alerts);
    }

    /** Longest streak, over scopes, of newest consecutive runs that fetched nothing without error. */
    private static int zeroFetchStreak(List<SyncRun> newestFirst) {
        Map<SyncScope, Integer> streaks = new EnumMap<>(SyncScope.class);
        Map<SyncScope, Boolean> broken = new EnumMap<>(SyncScope.class);
        for (SyncRun run : newestFirst) {
            if (broken.getOrDefault(run.scope(), false)) {
                continue;
            }
            if (run.fetched() == 0 && !run.hasErrors()) {
                streaks.merge(run.scope(), 1, Integer::sum);
            } else {
                broken.put(run.scope(), true);
            }
        }
        return streaks.values().stream().max(Integer::compare).orElse(0);
    }

    private static long minutes(Duration d) {
        return d.toMinutes();
    }
}
