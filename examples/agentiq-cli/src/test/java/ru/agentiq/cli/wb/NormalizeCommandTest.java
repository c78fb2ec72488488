package ru.agentiq.cli.wb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.agentiq.cli.CliRun;
import ru.agentiq.cli.json.InteractionJson;
import ru.agentiq.cli.json.Json;

class NormalizeCommandTest {

    @TempDir
    Path dir;

    private JsonNode json(CliRun run) throws Exception {
        return Json.mapper().readTree(run.out());
    }

    @Test
    void printsAFeedbackListAsTheSnakeCaseListOfTheDemo() throws Exception {
        Path file = WbFixtures.copy(dir, "feedbacks_list.json");

        CliRun run = CliRun.of("wb", "normalize", "--kind", "feedbacks", "--seller", "5", file.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode array = json(run);
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isPositive();
        JsonNode first = array.get(0);
        assertThat(first.get("seller_id").asLong()).isEqualTo(5);
        assertThat(first.get("channel").asText()).isEqualTo("review");
        assertThat(first.get("marketplace").asText()).isEqualTo("wb");
        assertThat(first.get("source").asText()).isEqualTo("wb_api");
        assertThat(first.get("occurred_at").asText()).isNotBlank();
        assertThat(first.has("extra_data")).isTrue();
        assertThat(InteractionJson.fromJson(first).data().externalId()).isEqualTo(first.get("external_id").asText());
    }

    @Test
    void prioritisesEveryItemAsTheSyncWould() throws Exception {
        Path file = WbFixtures.write(dir, "page.json", """
                {"data":{"feedbacks":[
                {"id":"bad","text":"Пришёл брак","productValuation":1,"createdDate":"2026-08-20T10:15:00Z"},
                {"id":"good","text":"Отлично","productValuation":5,"createdDate":"2026-08-20T10:16:00Z"}]},
                "error":false}""");

        CliRun run = CliRun.of("wb", "normalize", "--kind", "feedbacks", file.toString());

        JsonNode array = json(run);
        assertThat(array.get(0).get("priority").asText()).isEqualTo("high");
        assertThat(array.get(1).get("priority").asText()).isEqualTo("low");
    }

    @Test
    void printsOneChatPerChatOfAnEventsPage() throws Exception {
        Path file = WbFixtures.copy(dir, "chat_events.json");

        CliRun run = CliRun.of("wb", "normalize", "--kind", "events", file.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode array = json(run);
        assertThat(array).isNotEmpty();
        assertThat(array).allSatisfy(node -> assertThat(node.get("channel").asText()).isEqualTo("chat"));
        assertThat(array.findValuesAsText("external_id")).doesNotHaveDuplicates();
    }

    @Test
    void printsASingleQuestion() throws Exception {
        Path file = WbFixtures.copy(dir, "question_by_id.json");

        CliRun run = CliRun.of("wb", "normalize", "--kind", "question", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(json(run)).singleElement().satisfies(q ->
                assertThat(q.get("channel").asText()).isEqualTo("question"));
    }

    @Test
    void aWbErrorBodyExitsOneWithWbsReasonOnOneLine() {
        Path file = WbFixtures.copy(dir, "error_fq_422_feedback_by_id.json");

        CliRun run = CliRun.of("wb", "normalize", "--kind", "feedback", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("agentiq: the payload is a WB error response").contains("Невозможно получить отзыв");
    }

    @Test
    void malformedJsonExitsOneWithTheReason() {
        Path file = WbFixtures.write(dir, "broken.json", "{\"data\": {\"feedbacks\": [");

        CliRun run = CliRun.of("wb", "normalize", "--kind", "feedbacks", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().contains("not valid JSON");
    }

    @Test
    void anUnknownKindIsAUsageError() {
        Path file = WbFixtures.copy(dir, "feedbacks_list.json");

        CliRun run = CliRun.of("wb", "normalize", "--kind", "reviews", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("kind must be one of feedbacks|feedback|questions|question|chats|events");
    }
}
