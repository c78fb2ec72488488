package ru.agentiq.core.ops;

import java.time.Instant;
import java.util.List;

/**
 * The pilot go/no-go verdict (seed §e.5).
 *
 * @param generatedAt when
 * @param goNoGo      true when no check blocks
 * @param thresholds  the thresholds applied, echoed for traceability
 * @param checks      always eight, in order
 */
public record ReadinessReport(Instant generatedAt, boolean goNoGo, ReadinessThresholds thresholds,
        List<ReadinessCheck> checks) {

    public ReadinessReport {
        checks = List.copyOf(checks);
    }

    /** {@code go} or {@code no-go}. */
    public String decision() {
        return goNoGo ? "go" : "no-go";
    }

    public long passed() {
        return count(CheckStatus.PASS);
    }

    public long warnings() {
        return count(CheckStatus.WARN);
    }

    public long failed() {
        return count(CheckStatus.FAIL);
    }

    /** Codes of the checks that block. */
    public List<String> blockers() {
        return checks.stream().filter(ReadinessCheck::blocks).map(ReadinessCheck::code).toList();
    }

    private long count(CheckStatus status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }
}
