package ru.agentiq.cli.priority;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.agentiq.cli.CliRun;
import ru.agentiq.cli.json.Json;

class PriorityCommandTest {

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.mapper().readTree(run.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Nested
    class Questions {

        @Test
        void printsTheAssessmentWithTheSeedsFieldNames() throws Exception {
            JsonNode out = json(CliRun.of("priority", "--channel", "question",
                    "--occurred-at", "2026-03-02T09:00:00Z", "--now", "2026-03-02T09:30:00Z",
                    "--text", "Когда будет в наличии синий?"));
            assertThat(fieldNames(out)).containsExactly("priority", "intent", "sla_target_minutes", "sla_due_at",
                    "priority_reason", "intent_detection_method", "needs_escalation", "escalation_reason");
            assertThat(out.get("priority").asText()).isEqualTo("high");
            assertThat(out.get("intent").asText()).isEqualTo("availability_delivery");
            assertThat(out.get("sla_target_minutes").asInt()).isEqualTo(120);
            assertThat(out.get("sla_due_at").asText()).isEqualTo("2026-03-02T11:00:00Z");
            assertThat(out.get("priority_reason").asText()).isEqualTo("availability_delivery");
            assertThat(out.get("intent_detection_method").asText()).isEqualTo("rule_based");
            assertThat(out.get("needs_escalation").asBoolean()).isFalse();
            assertThat(out.get("escalation_reason").isNull()).isTrue();
        }

        @Test
        void escalatesWithAgeAndAcceptsOffsets() throws Exception {
            JsonNode out = json(CliRun.of("priority", "--channel", "question",
                    "--occurred-at", "2026-03-02T09:00:00+03:00", "--now", "2026-03-02T14:00:00Z",
                    "--text", "Подойдёт на рост 170?"));
            assertThat(out.get("priority").asText()).isEqualTo("urgent");
            assertThat(out.get("priority_reason").asText()).isEqualTo("sizing_fit+age_8h");
            assertThat(out.get("sla_due_at").asText()).isEqualTo("2026-03-02T10:00:00Z");
        }

        @Test
        void hasNoDeadlineWithoutOccurredAt() throws Exception {
            JsonNode out = json(CliRun.of("priority", "--channel", "question", "--text", "Есть сертификат?"));
            assertThat(out.get("sla_due_at").isNull()).isTrue();
            assertThat(out.get("sla_target_minutes").asInt()).isEqualTo(60);
        }

        @Test
        void marksAnsweredQuestions() throws Exception {
            JsonNode out = json(CliRun.of("priority", "--channel", "question", "--answered", "--text", "Размер?"));
            assertThat(out.get("priority").asText()).isEqualTo("low");
            assertThat(out.get("intent").asText()).isEqualTo("answered");
        }
    }

    @Test
    void prioritisesReviewsByRating() throws Exception {
        JsonNode out = json(CliRun.of("priority", "--channel", "review", "--rating", "2", "--text",
                "Маломерит, и у ребёнка аллергия"));
        assertThat(out.get("priority").asText()).isEqualTo("high");
        assertThat(out.get("intent").isNull()).isTrue();
        assertThat(out.get("intent_detection_method").isNull()).isTrue();
        assertThat(out.get("priority_reason").asText()).isEqualTo("rating_2");
        assertThat(out.get("needs_escalation").asBoolean()).isTrue();
        assertThat(out.get("escalation_reason").asText()).isEqualTo("medical: аллерг*");
        assertThat(json(CliRun.of("priority", "--channel", "review")).get("priority").asText()).isEqualTo("normal");
    }

    @Test
    void readsChatsFromRepeatedMessages() throws Exception {
        JsonNode out = json(CliRun.of("priority", "--channel", "chat",
                "--occurred-at", "2026-03-02T09:00:00Z", "--now", "2026-03-02T09:01:00Z",
                "--message", "buyer:Кофемолка не работает", "--message", "seller:Уточните, пожалуйста, модель",
                "--message", "buyer:Ответьте!!!"));
        assertThat(out.get("intent").asText()).isEqualTo("defect_not_working");
        assertThat(out.get("priority").asText()).isEqualTo("urgent");
        assertThat(out.get("sla_target_minutes").asInt()).isEqualTo(30);
        assertThat(out.get("sla_due_at").asText()).isEqualTo("2026-03-02T09:30:00Z");
    }

    @Nested
    class SellerSettings {

        @Test
        void movesADeadlineOutsideWorkingHoursToTheNextOpening() throws Exception {
            JsonNode out = json(CliRun.of("priority", "--channel", "question", "--hours", "mon-fri=09:00-18:00",
                    "--occurred-at", "2026-03-06T17:00:00+03:00", "--now", "2026-03-06T17:05:00+03:00",
                    "--text", "Когда будет в наличии?"));
            assertThat(out.get("sla_due_at").asText()).isEqualTo("2026-03-09T06:00:00Z");
        }

        @Test
        void countsOnlyWorkingMinutesInBusinessTimeMode() throws Exception {
            JsonNode out = json(CliRun.of("priority", "--channel", "question", "--hours", "mon-fri=09:00-18:00",
                    "--hours", "sat=10:00-14:00", "--deadline-mode", "business-time", "--zone", "Europe/Moscow",
                    "--occurred-at", "2026-03-06T17:00:00+03:00", "--now", "2026-03-06T17:05:00+03:00",
                    "--text", "Когда будет в наличии?"));
            assertThat(out.get("sla_due_at").asText()).isEqualTo("2026-03-07T08:00:00Z");
        }

        @Test
        void appliesChatSlaOverrides() throws Exception {
            JsonNode out = json(CliRun.of("priority", "--channel", "chat", "--chat-sla", "thanks=normal:720",
                    "--occurred-at", "2026-03-02T09:00:00Z", "--now", "2026-03-02T09:00:00Z",
                    "--message", "buyer:Спасибо, всё пришло!"));
            assertThat(out.get("priority").asText()).isEqualTo("normal");
            assertThat(out.get("sla_target_minutes").asInt()).isEqualTo(720);
            assertThat(out.get("sla_due_at").asText()).isEqualTo("2026-03-02T21:00:00Z");
        }

        @ParameterizedTest
        @ValueSource(strings = {"--chat-sla|thanks=normal:0", "--chat-sla|thanks=normal:10081",
                "--chat-sla|praise=normal:10", "--chat-sla|thanks=asap:10", "--chat-sla|thanks",
                "--chat-sla|thanks=normal:soon", "--hours|funday=09:00-18:00", "--hours|mon-fri",
                "--hours|fri-mon=09:00-18:00", "--hours|mon=18:00-09:00", "--zone|Mars/Base",
                "--deadline-mode|later"})
        void rejectsBadSettingsWithExitTwo(String joined) {
            List<String> args = new ArrayList<>(List.of("priority", "--channel", "chat", "--message", "buyer:Привет"));
            args.addAll(List.of(joined.split("\\|")));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).startsWith("agentiq: ");
        }
    }

    @Nested
    class BadArguments {

        @ParameterizedTest
        @ValueSource(strings = {
                "--channel|email|--text|x",
                "--channel|question",
                "--channel|chat|--text|Где заказ?",
                "--channel|chat",
                "--channel|question|--text|x|--message|buyer:y",
                "--channel|chat|--message|customer:y",
                "--channel|chat|--message|no author",
                "--channel|question|--rating|5|--text|x",
                "--channel|review|--rating|6",
                "--channel|review|--rating|five",
                "--channel|question|--text|x|--now|yesterday",
                "--text|x",
        })
        void exitWithTwoAndOneLine(String joined) {
            List<String> args = new ArrayList<>(List.of("priority"));
            args.addAll(List.of(joined.split("\\|")));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("agentiq: ").doesNotContain("Exception");
        }
    }
}
