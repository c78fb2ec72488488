package ru.agentiq.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.agentiq.cli.CliRun;
import ru.agentiq.cli.json.InteractionJson;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.interaction.InboxSort;
import ru.agentiq.core.interaction.Interaction;

class DemoCommandTest {

    @Test
    void printsTheTwelveItemInboxAsATableWithUrgentItemsFirst() {
        CliRun run = CliRun.of("demo");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> rows = run.out().lines().filter(l -> l.matches("^\\d+\\s+.*")).toList();
        assertThat(rows).hasSize(12);
        assertThat(rows.get(0)).contains("urgent");
        assertThat(rows.get(11)).contains("low");
        assertThat(run.out()).contains("PRIORITY", "CHANNEL", "SLA DUE", "TEXT")
                .contains("12 interactions (11 need a response");
    }

    @Test
    void jsonUsesTheSeedsSnakeCaseFieldNames() throws Exception {
        CliRun run = CliRun.of("demo", "--json");

        JsonNode array = Json.mapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(12);
        JsonNode first = array.get(0);
        assertThat(first.fieldNames()).toIterable().contains("id", "seller_id", "marketplace", "channel",
                "external_id", "customer_id", "order_id", "nm_id", "product_article", "subject", "text", "rating",
                "status", "priority", "needs_response", "source", "is_auto_response", "occurred_at", "created_at",
                "updated_at", "sla_due_at", "extra_data");
        assertThat(first.get("source").asText()).isEqualTo("demo");
        assertThat(first.get("marketplace").asText()).isEqualTo("wb");
    }

    @Test
    void jsonOutputReadsBackIntoTheSameInteractionsInPriorityOrder() throws Exception {
        CliRun run = CliRun.of("demo", "--json");

        JsonNode printed = Json.mapper().readTree(run.out());
        List<Interaction> parsed = new ArrayList<>();
        printed.forEach(node -> parsed.add(InteractionJson.fromJson(node)));

        assertThat(parsed).hasSize(12).isSortedAccordingTo(InboxSort.PRIORITY.interactionOrder());
        for (int i = 0; i < parsed.size(); i++) {
            assertThat(Json.line(InteractionJson.toJson(parsed.get(i)))).isEqualTo(Json.line(printed.get(i)));
        }
    }

    @Test
    void newestSortListsTheMostRecentFirst() throws Exception {
        CliRun run = CliRun.of("demo", "--json", "--sort", "newest");

        List<Interaction> parsed = new ArrayList<>();
        Json.mapper().readTree(run.out()).forEach(node -> parsed.add(InteractionJson.fromJson(node)));
        assertThat(parsed).isSortedAccordingTo(InboxSort.NEWEST.interactionOrder());
    }

    @Test
    void aFileDatabaseKeepsTheDemoBetweenRunsAndSeedsItOnce(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String db = dir.resolve("agentiq").toString();

        CliRun first = CliRun.of("demo", "--db", db);
        CliRun second = CliRun.of("demo", "--db", db);

        assertThat(first.out()).contains("12 newly seeded");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("12 interactions").contains("0 newly seeded");
    }

    @Test
    void anUnsupportedDatabaseUrlFailsWithOneLine() {
        CliRun run = CliRun.of("demo", "--db", "jdbc:mysql://localhost/agentiq");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(
                "agentiq: --db supports jdbc:h2: and jdbc:postgresql: URLs or a file path, was 'jdbc:mysql:…'");
    }
}
