package ru.agentiq.core.ops;

import java.time.Instant;
import java.util.List;
import ru.agentiq.core.quality.ManualRateRegression;

/**
 * Everything an operator must look at now (seed §e.4).
 *
 * @param generatedAt       when
 * @param questionSla       open questions against their SLA
 * @param qualityRegression manual rate week over week
 * @param syncHealth        sync health
 * @param alerts            active alerts, most severe first
 */
public record OpsReport(Instant generatedAt, QuestionSlaSummary questionSla, ManualRateRegression qualityRegression,
        SyncHealth syncHealth, List<OpsAlert> alerts) {

    public OpsReport {
        alerts = List.copyOf(alerts);
    }
}
