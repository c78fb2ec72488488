package ru.agentiq.cli.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import ru.agentiq.cli.CliRun;
import ru.agentiq.cli.json.Json;

class AnalyticsCommandTest {

    @Test
    void demoDataIsLabelledAsAnEstimateAndMoneyIsARange() {
        CliRun run = CliRun.of("analytics");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Source: Demo data  [estimate — not WB API data]")
                .contains("FRT p50", "SLA HIT", "QUALITY", "REPEAT", "REPL/HOUR").contains("Revenue at risk 160.00–480.00");
    }

    @Test
    void jsonLabelsEveryChannelWithItsSource() throws Exception {
        JsonNode root = Json.mapper().readTree(CliRun.of("analytics", "--json", "--days", "14").out());

        assertThat(root.get("period_days").asInt()).isEqualTo(14);
        JsonNode demo = root.get("sources").get(0);
        assertThat(demo.get("source").asText()).isEqualTo("demo");
        assertThat(demo.get("is_estimate").asBoolean()).isTrue();
        demo.get("channels").forEach(c -> assertThat(c.get("source").asText()).isEqualTo("demo"));
        JsonNode atRisk = demo.get("revenue").get("revenue_at_risk");
        assertThat(atRisk.get("low").decimalValue()).isLessThan(atRisk.get("high").decimalValue());
    }

    @Test
    void daysOutOfRangeIsABadArgument() {
        assertThat(CliRun.of("analytics", "--days", "0").exitCode()).isEqualTo(2);
    }
}
