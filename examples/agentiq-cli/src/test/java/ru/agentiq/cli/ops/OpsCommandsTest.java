package ru.agentiq.cli.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.agentiq.cli.CliRun;
import ru.agentiq.cli.json.Json;

class OpsCommandsTest {

    @Test
    void alertsOnTheDemoShowTheRegressionDueSoonQuestionAndEmptyChatSyncs() {
        CliRun run = CliRun.of("alerts");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("quality_manual_rate_regression", "sla_due_soon_questions", "sync_zero_fetch")
                .contains("REGRESSION");
    }

    @Test
    void alertsJsonUsesTheSeedsFields() throws Exception {
        JsonNode root = Json.mapper().readTree(CliRun.of("alerts", "--json").out());

        assertThat(root.fieldNames()).toIterable().containsExactly("generated_at", "question_sla",
                "quality_regression", "sync_health", "alerts");
        assertThat(root.get("question_sla").fieldNames()).toIterable().containsExactly("open_questions_total",
                "with_sla_total", "overdue_total", "due_soon_total", "oldest_overdue_minutes");
        assertThat(root.get("quality_regression").get("regression_detected").asBoolean()).isTrue();
        assertThat(root.get("sync_health").get("status").asText()).isEqualTo("warning");
        List<String> codes = new ArrayList<>();
        root.get("alerts").forEach(a -> codes.add(a.get("code").asText()));
        assertThat(codes).contains("quality_manual_rate_regression");
    }

    @Test
    void readinessOnTheDemoIsGoWithEightChecksAndARegressionWarning() throws Exception {
        JsonNode root = Json.mapper().readTree(CliRun.of("readiness", "--json").out());

        assertThat(root.get("decision").asText()).isEqualTo("go");
        assertThat(root.get("checks")).hasSize(8);
        assertThat(root.get("summary").get("warnings").asInt()).isEqualTo(1);
        assertThat(root.get("thresholds").get("max_sync_age_minutes").asInt()).isEqualTo(30);
    }

    @Test
    void readinessThresholdsAreEchoedAndCanTurnTheDecision() throws Exception {
        CliRun run = CliRun.of("readiness", "--max-open-backlog", "5", "--required-channels", "review,question,chat",
                "--min-reply-activity", "1000");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("WARN open_backlog").contains("WARN reply_activity");

        JsonNode strict = Json.mapper().readTree(CliRun.of("readiness", "--json", "--max-open-backlog", "5").out());
        assertThat(strict.get("thresholds").get("max_open_backlog").asInt()).isEqualTo(5);
    }

    @Test
    void readinessRejectsAThresholdOutOfBoundsInOneLine() {
        CliRun run = CliRun.of("readiness", "--max-sync-age-minutes", "2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("agentiq: maxSyncAgeMinutes must be 5..1440, was 2");
        assertThat(CliRun.of("readiness", "--required-channels", "email").exitCode()).isEqualTo(2);
    }
}
