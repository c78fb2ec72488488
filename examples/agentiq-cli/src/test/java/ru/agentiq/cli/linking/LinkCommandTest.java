package ru.agentiq.cli.linking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.agentiq.cli.CliRun;
import ru.agentiq.cli.json.Json;

class LinkCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return path;
    }

    private static String line(long id, String channel, String extra) {
        return "{\"id\":" + id + ",\"seller_id\":1,\"channel\":\"" + channel + "\",\"external_id\":\"" + channel + id
                + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : out.strip().split("\n")) {
            nodes.add(Json.mapper().readTree(l));
        }
        return nodes;
    }

    @Nested
    class Output {

        @Test
        void printsOneLinePerInteractionInInputOrderWithTheSeedsFieldsAndTheWaterfall() throws IOException {
            Path input = file("in.jsonl",
                    line(5, "chat", "\"order_id\":\"ord-1\",\"occurred_at\":\"2026-11-01T10:00:00Z\""),
                    line(3, "review", "\"order_id\":\"ord-1\",\"rating\":2,\"occurred_at\":\"2026-11-02T10:00:00Z\""),
                    line(9, "question", "\"nm_id\":\"777\""));

            CliRun run = CliRun.of("link", "--input", input.toString());

            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).isEmpty();
            List<JsonNode> lines = jsonLines(run.out());
            assertThat(lines).extracting(n -> n.get("interaction_id").asLong()).containsExactly(5L, 3L, 9L);
            JsonNode candidate = lines.get(0).get("candidates").get(0);
            assertThat(candidate.fieldNames()).toIterable().containsExactly("interaction_id", "channel",
                    "external_id", "confidence", "link_type", "band", "auto_action_allowed", "action_mode",
                    "policy_reason", "reasoning_signals", "contributions", "explanation");
            assertThat(candidate.get("interaction_id").asLong()).isEqualTo(3);
            assertThat(candidate.get("channel").asText()).isEqualTo("review");
            assertThat(candidate.get("confidence").decimalValue()).isEqualByComparingTo("0.99");
            assertThat(candidate.get("link_type").asText()).isEqualTo("deterministic");
            assertThat(candidate.get("band").asText()).isEqualTo("high");
            assertThat(candidate.get("auto_action_allowed").asBoolean()).isTrue();
            assertThat(candidate.get("action_mode").asText()).isEqualTo("auto_allowed");
            assertThat(candidate.get("policy_reason").asText()).isEqualTo("deterministic_confidence_ok");
            assertThat(candidate.get("reasoning_signals").toString()).isEqualTo("[\"order_id_exact\",\"time_window_24h\"]");
            assertThat(candidate.get("contributions").toString()).isEqualTo(
                    "[{\"signal\":\"order_id_exact\",\"weight\":0.88},{\"signal\":\"time_window_24h\",\"weight\":0.16},"
                            + "{\"signal\":\"confidence_cap\",\"weight\":-0.05}]");
            assertThat(candidate.get("explanation").asText()).isEqualTo("deterministic by order_id");
            assertThat(lines.get(2).get("candidates")).isEmpty();
        }

        @Test
        void thePlanProfileWeighsAProductMatchWithinADayEnoughForAHint() throws IOException {
            Path input = file("in.jsonl",
                    line(1, "review", "\"nm_id\":\"777\",\"rating\":5,\"occurred_at\":\"2026-11-01T10:00:00Z\""),
                    line(2, "question", "\"nm_id\":\"777\",\"occurred_at\":\"2026-11-01T12:00:00Z\""));

            JsonNode piloted = jsonLines(CliRun.of("link", "--input", input.toString()).out()).get(0);
            JsonNode plan = jsonLines(CliRun.of("link", "--input", input.toString(), "--profile", "plan").out()).get(0);

            assertThat(piloted.get("candidates")).isEmpty();
            JsonNode candidate = plan.get("candidates").get(0);
            assertThat(candidate.get("confidence").decimalValue()).isEqualByComparingTo("0.65");
            assertThat(candidate.get("band").asText()).isEqualTo("operator_hint");
            assertThat(candidate.get("action_mode").asText()).isEqualTo("assist_only");
            assertThat(candidate.get("policy_reason").asText()).isEqualTo("probabilistic_link_assist_only");
        }

        @Test
        void readsTheDemoCommandsJsonArrayAndLinksItsJeansThread() throws IOException {
            Path input = dir.resolve("demo.json");
            Files.writeString(input, CliRun.of("demo", "--json").out(), StandardCharsets.UTF_8);

            CliRun run = CliRun.of("link", "--input", input.toString());

            assertThat(run.exitCode()).isZero();
            List<JsonNode> lines = jsonLines(run.out());
            assertThat(lines).hasSize(12);
            assertThat(lines).anySatisfy(l -> assertThat(l.get("candidates")).isNotEmpty());
        }

        @Test
        void skipsBlankLines() throws IOException {
            Path input = file("in.jsonl", "", line(1, "chat", ""), "   ", line(2, "review", ""));

            assertThat(jsonLines(CliRun.of("link", "--input", input.toString()).out())).hasSize(2);
        }
    }

    @Nested
    class Errors {

        @Test
        void aLineThatIsNotJsonFailsNamingTheLine() throws IOException {
            Path input = file("bad.jsonl", line(1, "chat", ""), "{\"id\": 2,");

            CliRun run = CliRun.of("link", "--input", input.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().lines().toList()).singleElement().satisfies(l ->
                    assertThat(l).startsWith("agentiq: line 2 of bad.jsonl: not valid JSON"));
            assertThat(run.out()).isEmpty();
        }

        @Test
        void anInvalidInteractionFailsWithTheSdksSentence() throws IOException {
            Path input = file("bad.jsonl", line(1, "chat", ""), "", line(2, "mail", ""));

            CliRun run = CliRun.of("link", "--input", input.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().strip()).isEqualTo(
                    "agentiq: line 3 of bad.jsonl: channel must be one of review|question|chat, was 'mail'");
        }

        @Test
        void aRepeatedIdFailsNamingBothLines() throws IOException {
            Path input = file("dup.jsonl", line(1, "chat", ""), line(1, "review", ""));

            CliRun run = CliRun.of("link", "--input", input.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("line 2 of dup.jsonl: interaction id 1 already appeared on line 1");
        }

        @Test
        void aMissingFileFails() {
            CliRun run = CliRun.of("link", "--input", dir.resolve("none.jsonl").toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("cannot read").contains("no such file");
        }

        @Test
        void anUnknownProfileOrNoInputIsAUsageError() throws IOException {
            Path input = file("in.jsonl", line(1, "chat", ""));

            CliRun unknown = CliRun.of("link", "--input", input.toString(), "--profile", "fast");
            CliRun missing = CliRun.of("link");

            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).contains("profile must be one of piloted|plan, was 'fast'");
            assertThat(missing.exitCode()).isEqualTo(2);
            assertThat(missing.err()).contains("--input");
        }
    }
}
