package ru.agentiq.cli.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.agentiq.cli.CliRun;
import ru.agentiq.cli.json.Json;

class GuardrailsCheckCommandTest {

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.mapper().readTree(run.out());
    }

    @Test
    void aValidReplyExitsZero() throws Exception {
        JsonNode out = json(CliRun.of("guardrails", "check", "--channel", "review", "--text",
                "Спасибо за отзыв! Рады, что товар понравился."));
        assertThat(out.get("valid").asBoolean()).isTrue();
        assertThat(out.get("violations")).isEmpty();
        assertThat(out.get("warnings")).isEmpty();
    }

    @Test
    void anInvalidReplyListsViolationsAndStillExitsZero() throws Exception {
        JsonNode out = json(CliRun.of("guardrails", "check", "--channel", "question", "--text",
                "Вам отвечает б0т. Оформите возврат."));
        assertThat(out.get("valid").asBoolean()).isFalse();
        JsonNode first = out.get("violations").get(0);
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = first.fieldNames(); it.hasNext(); ) {
            fields.add(it.next());
        }
        assertThat(fields).containsExactly("type", "category", "phrase", "severity", "message");
        assertThat(first.get("type").asText()).isEqualTo("banned_phrase");
        assertThat(first.get("category").asText()).isEqualTo("ai_mention");
        assertThat(first.get("phrase").asText()).isEqualTo("бот");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        JsonNode second = out.get("violations").get(1);
        assertThat(second.get("type").asText()).isEqualTo("unsolicited_return");
        assertThat(second.get("category").isNull()).isTrue();
    }

    @Test
    void theCustomerTextDecidesWhetherAReturnMayBeMentioned() throws Exception {
        JsonNode out = json(CliRun.of("guardrails", "check", "--channel", "review", "--customer-text",
                "Хочу замену", "--text", "Оформите возврат или замену в личном кабинете WB."));
        assertThat(out.get("valid").asBoolean()).isTrue();
    }

    @Test
    void chatsAreRelaxedAndBlameIsAWarning() throws Exception {
        JsonNode out = json(CliRun.of("guardrails", "check", "--channel", "chat", "--text",
                "Вы неправильно выбрали размер, вернём деньги."));
        assertThat(out.get("valid").asBoolean()).isTrue();
        assertThat(out.get("warnings").get(0).get("severity").asText()).isEqualTo("warning");
        assertThat(out.get("warnings").get(0).get("category").asText()).isEqualTo("blame");
    }

    @Test
    void theDraftStageNeverBlocks() throws Exception {
        JsonNode out = json(CliRun.of("guardrails", "check", "--channel", "review", "--stage", "draft", "--text",
                "Я бот."));
        assertThat(out.get("valid").asBoolean()).isTrue();
        assertThat(out.get("violations")).isEmpty();
        assertThat(out.get("warnings").get(0).get("severity").asText()).isEqualTo("error");
        assertThat(out.get("warnings").get(1).get("type").asText()).isEqualTo("too_short");
    }

    @Test
    void anEmptyReplyIsInvalid() throws Exception {
        JsonNode out = json(CliRun.of("guardrails", "check", "--channel", "chat", "--text", "  "));
        assertThat(out.get("valid").asBoolean()).isFalse();
        assertThat(out.get("violations").get(0).get("type").asText()).isEqualTo("empty_text");
        assertThat(out.get("violations").get(0).get("phrase").isNull()).isTrue();
    }

    @Test
    void badArgumentsExitWithTwo() {
        for (String[] args : List.of(new String[] {"guardrails", "check", "--channel", "sms", "--text", "x"},
                new String[] {"guardrails", "check", "--channel", "review"},
                new String[] {"guardrails", "check", "--channel", "review", "--stage", "final", "--text", "x"},
                new String[] {"guardrails"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).startsWith("agentiq: ");
            assertThat(run.out()).isEmpty();
        }
    }
}
