package ru.agentiq.cli.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import ru.agentiq.cli.CliRun;
import ru.agentiq.cli.json.Json;

class DraftCommandTest {

    @Test
    void withoutAModelTheFallbackAnswersAndSaysSo() {
        CliRun run = CliRun.of("draft", "--id", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("source fallback · used_fallback true").contains("Здравствуйте!")
                .contains("Grounded on: ");
    }

    @Test
    void jsonHasTheSeedsDraftFieldsPlusGrounding() throws Exception {
        JsonNode root = Json.mapper().readTree(CliRun.of("draft", "--id", "2", "--json").out());

        assertThat(root.fieldNames()).toIterable().contains("interaction_id", "draft_text", "intent", "sentiment",
                "sla_priority", "recommendation_reason", "source", "used_fallback", "guardrail_warnings",
                "grounding");
        assertThat(root.get("used_fallback").asBoolean()).isTrue();
        assertThat(root.get("grounding").size()).isPositive();
    }

    @Test
    void anUnknownInteractionFailsInOneLine() {
        CliRun run = CliRun.of("draft", "--id", "999");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(CliRun.of("draft", "--id", "0").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("draft", "--id", "1", "--tone", "rude").exitCode()).isEqualTo(2);
    }
}
