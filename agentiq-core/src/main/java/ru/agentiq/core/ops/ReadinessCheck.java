package ru.agentiq.core.ops;

import ru.agentiq.core.internal.Checks;

/**
 * One check of the pilot gate.
 *
 * @param code    stable name ({@code sync_freshness}, {@code channel_coverage}, …)
 * @param title   short headline
 * @param status  pass, warn or fail
 * @param blocker whether this check, failing, blocks the pilot
 * @param details the numbers behind the verdict, in one sentence
 */
public record ReadinessCheck(String code, String title, CheckStatus status, boolean blocker, String details) {

    public static final String SYNC_STATUS = "sync_status";
    public static final String SYNC_FRESHNESS = "sync_freshness";
    public static final String CHANNEL_COVERAGE = "channel_coverage";
    public static final String CHANNEL_COVERAGE_RECOMMENDED = "channel_coverage_recommended";
    public static final String QUESTION_SLA_OVERDUE = "question_sla_overdue";
    public static final String QUALITY_MANUAL_RATE = "quality_manual_rate";
    public static final String QUALITY_REGRESSION = "quality_regression";
    public static final String OPEN_BACKLOG = "open_backlog";
    public static final String REPLY_ACTIVITY = "reply_activity";

    public ReadinessCheck {
        Checks.requiredText(code, "code", 64);
        Checks.requiredText(title, "title", 200);
        Checks.required(status, "status");
        Checks.requiredText(details, "details", 1000);
    }

    /** Whether this check blocks the pilot: a blocker that failed. */
    public boolean blocks() {
        return blocker && status == CheckStatus.FAIL;
    }
}
