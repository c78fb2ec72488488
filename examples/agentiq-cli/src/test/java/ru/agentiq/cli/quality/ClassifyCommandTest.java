package ru.agentiq.cli.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import ru.agentiq.cli.CliRun;
import ru.agentiq.cli.json.Json;

class ClassifyCommandTest {

    @Test
    void anEditedReplyPrintsItsEditRatio() {
        CliRun run = CliRun.of("quality", "classify", "--draft", "Спасибо за отзыв", "--reply", "Спасибо за ваш отзыв");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualToIgnoringNewLines("draft_edited · edit distance 4 · edit ratio 0.2000");
    }

    @Test
    void jsonHasTheOutcomeAndNullsForAManualReply() throws Exception {
        JsonNode accepted = Json.mapper().readTree(CliRun.of("quality", "classify", "--draft", " Привет  мир ",
                "--reply", "привет мир", "--json").out());
        assertThat(accepted.get("outcome").asText()).isEqualTo("draft_accepted");
        assertThat(accepted.get("edit_ratio").decimalValue()).isEqualByComparingTo("0");

        JsonNode manual = Json.mapper().readTree(CliRun.of("quality", "classify", "--reply", "Ответ", "--json").out());
        assertThat(manual.get("outcome").asText()).isEqualTo("reply_manual");
        assertThat(manual.get("edit_ratio").isNull()).isTrue();
        assertThat(manual.get("draft_source").isNull()).isTrue();
    }

    @Test
    void aMissingReplyIsABadArgument() {
        CliRun run = CliRun.of("quality", "classify", "--draft", "x");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--reply");
    }

    @Test
    void qualityWithoutASubcommandIsABadArgument() {
        assertThat(CliRun.of("quality").exitCode()).isEqualTo(2);
    }
}
