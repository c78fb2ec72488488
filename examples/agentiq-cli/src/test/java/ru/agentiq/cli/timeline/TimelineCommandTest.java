package ru.agentiq.cli.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.agentiq.cli.CliRun;
import ru.agentiq.cli.json.Json;

class TimelineCommandTest {

    @TempDir
    Path dir;
    private Path input;

    @BeforeEach
    void writeInput() throws IOException {
        input = dir.resolve("in.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":1,\"seller_id\":1,\"channel\":\"chat\",\"external_id\":\"c1\",\"order_id\":\"o1\","
                        + "\"nm_id\":\"n\",\"occurred_at\":\"2026-11-10T10:00:00Z\"}",
                "{\"id\":2,\"seller_id\":1,\"channel\":\"review\",\"external_id\":\"r1\",\"order_id\":\"o1\",\"rating\":1,"
                        + "\"occurred_at\":\"2026-11-09T10:00:00Z\",\"extra_data\":{\"last_reply_text\":\"Простите\"}}",
                "{\"id\":3,\"seller_id\":1,\"channel\":\"question\",\"external_id\":\"q1\",\"nm_id\":\"n\","
                        + "\"occurred_at\":\"2026-10-01T10:00:00Z\"}",
                "{\"id\":4,\"seller_id\":2,\"channel\":\"review\",\"external_id\":\"r9\",\"order_id\":\"o1\"}"),
                StandardCharsets.UTF_8);
    }

    @Test
    void printsTheThreadWithTheSeedsFieldsOldestFirst() throws IOException {
        CliRun run = CliRun.of("timeline", "--input", input.toString(), "--id", "1");

        assertThat(run.exitCode()).isZero();
        JsonNode t = Json.mapper().readTree(run.out());
        assertThat(t.get("interaction_id").asLong()).isEqualTo(1);
        assertThat(t.get("thread_scope").asText()).isEqualTo("customer_order");
        assertThat(t.get("thread_key").toString())
                .isEqualTo("{\"order_id\":\"o1\",\"customer_id\":null,\"nm_id\":\"n\",\"product_article\":null}");
        assertThat(t.get("channels_present").toString()).isEqualTo("[\"chat\",\"question\",\"review\"]");
        JsonNode steps = t.get("steps");
        assertThat(steps).extracting(s -> s.get("interaction_id").asLong()).containsExactly(3L, 2L, 1L);
        JsonNode review = steps.get(1);
        assertThat(review.fieldNames()).toIterable().containsExactly("interaction_id", "channel", "external_id",
                "occurred_at", "status", "priority", "needs_response", "subject", "match_reason", "confidence",
                "auto_action_allowed", "action_mode", "policy_reason", "is_current", "wb_url", "last_reply_text",
                "last_ai_draft_text");
        assertThat(review.get("match_reason").asText()).isEqualTo("order_id_exact");
        assertThat(review.get("confidence").asDouble()).isEqualTo(0.99);
        assertThat(review.get("action_mode").asText()).isEqualTo("auto_allowed");
        assertThat(review.get("last_reply_text").asText()).isEqualTo("Простите");
        assertThat(review.get("wb_url").asText()).isEqualTo("https://seller.wildberries.ru/communication/reviews");
        assertThat(steps.get(0).get("match_reason").asText()).isEqualTo("nm_id_time_window");
        assertThat(steps.get(0).get("action_mode").asText()).isEqualTo("assist_only");
        assertThat(steps.get(2).get("is_current").asBoolean()).isTrue();
    }

    @Test
    void aNarrowerWindowDropsTheOlderProductStep() throws IOException {
        CliRun run = CliRun.of("timeline", "--input", input.toString(), "--id", "1", "--window-days", "30");

        assertThat(Json.mapper().readTree(run.out()).get("steps")).extracting(s -> s.get("interaction_id").asLong())
                .containsExactly(2L, 1L);
    }

    @Test
    void anIdNotInTheFileFails() {
        CliRun run = CliRun.of("timeline", "--input", input.toString(), "--id", "42");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("agentiq: interaction 42 is not in " + input);
    }

    @Test
    void optionsOutsideTheirRangesAreUsageErrors() {
        CliRun window = CliRun.of("timeline", "--input", input.toString(), "--id", "1", "--window-days", "181");
        CliRun items = CliRun.of("timeline", "--input", input.toString(), "--id", "1", "--max-items", "0");
        CliRun noId = CliRun.of("timeline", "--input", input.toString());

        assertThat(window.exitCode()).isEqualTo(2);
        assertThat(window.err()).contains("--window-days must be 1..180, was 181");
        assertThat(items.exitCode()).isEqualTo(2);
        assertThat(items.err()).contains("--max-items must be 1..300, was 0");
        assertThat(noId.exitCode()).isEqualTo(2);
    }
}
