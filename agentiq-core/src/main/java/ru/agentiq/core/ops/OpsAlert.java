package ru.agentiq.core.ops;

import ru.agentiq.core.internal.Checks;

/**
 * One active alert (the seed's {@code {code, severity, title, message}}).
 *
 * @param code     stable machine name, e.g. {@code sla_overdue_questions}
 * @param severity how urgent
 * @param title    short headline
 * @param message  one sentence with the numbers
 */
public record OpsAlert(String code, AlertSeverity severity, String title, String message) {

    public static final String SLA_OVERDUE_QUESTIONS = "sla_overdue_questions";
    public static final String SLA_DUE_SOON_QUESTIONS = "sla_due_soon_questions";
    public static final String QUALITY_MANUAL_RATE_REGRESSION = "quality_manual_rate_regression";
    public static final String SYNC_STALE = "sync_stale";
    public static final String SYNC_ERRORS = "sync_errors";
    public static final String SYNC_RATE_LIMITED = "sync_rate_limited";
    public static final String SYNC_ZERO_FETCH = "sync_zero_fetch";

    public OpsAlert {
        code = Checks.requiredText(code, "code", 64);
        Checks.required(severity, "severity");
        title = Checks.requiredText(title, "title", 200);
        message = Checks.requiredText(message, "message", 1000);
    }
}
