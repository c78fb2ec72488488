package ru.agentiq.core.ops;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * What one finished sync run did (seed §g.5 run metrics).
 *
 * @param sellerId    whose data was synced
 * @param scope       channel or {@code all}
 * @param startedAt   start
 * @param finishedAt  end, not before the start
 * @param fetched     raw items received
 * @param created     interactions created
 * @param updated     interactions changed
 * @param skipped     items skipped (no id, duplicates)
 * @param errors      errors during the run; a failed run has at least one
 * @param errorDetail what went wrong, cut to {@value #MAX_ERROR_DETAIL} characters; null when fine
 * @param rateLimited whether the marketplace throttled the run
 */
public record SyncRun(SellerId sellerId, SyncScope scope, Instant startedAt, Instant finishedAt, long fetched,
        long created, long updated, long skipped, int errors, String errorDetail, boolean rateLimited) {

    public static final int MAX_ERROR_DETAIL = 500;

    public SyncRun {
        Checks.required(sellerId, "sellerId");
        Checks.required(scope, "scope");
        Checks.required(startedAt, "startedAt");
        Checks.required(finishedAt, "finishedAt");
        if (finishedAt.isBefore(startedAt)) {
            throw new ValidationException("finishedAt must not be before startedAt");
        }
        if (fetched < 0 || created < 0 || updated < 0 || skipped < 0 || errors < 0) {
            throw new ValidationException("sync run counts must not be negative");
        }
        if (errorDetail != null) {
            errorDetail = errorDetail.strip();
            if (errorDetail.isEmpty()) {
                errorDetail = null;
            } else if (errorDetail.length() > MAX_ERROR_DETAIL) {
                errorDetail = errorDetail.substring(0, MAX_ERROR_DETAIL);
            }
        }
    }

    /** A run that ended without error. */
    public static SyncRun succeeded(SellerId sellerId, SyncScope scope, Instant startedAt, Instant finishedAt,
            long fetched, long created, long updated, long skipped, boolean rateLimited) {
        return new SyncRun(sellerId, scope, startedAt, finishedAt, fetched, created, updated, skipped, 0, null,
                rateLimited);
    }

    /** A run that ended with an error (counted once). */
    public static SyncRun failed(SellerId sellerId, SyncScope scope, Instant startedAt, Instant finishedAt,
            long fetched, String errorDetail, boolean rateLimited) {
        return new SyncRun(sellerId, scope, startedAt, finishedAt, fetched, 0, 0, 0, 1, errorDetail, rateLimited);
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** Wall time in seconds with 3 decimals. */
    public BigDecimal durationSeconds() {
        return BigDecimal.valueOf(Duration.between(startedAt, finishedAt).toNanos(), 9)
                .setScale(3, RoundingMode.HALF_UP);
    }
}
