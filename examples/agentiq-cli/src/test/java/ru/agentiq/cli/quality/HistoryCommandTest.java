package ru.agentiq.cli.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import ru.agentiq.cli.CliRun;
import ru.agentiq.cli.json.Json;

class HistoryCommandTest {

    @Test
    void printsOneZeroFilledPointPerDayWithTheDemoActivity() throws Exception {
        JsonNode days = Json.mapper().readTree(CliRun.of("quality", "history", "--days", "15", "--json").out());

        assertThat(days).hasSize(15);
        int total = 0;
        for (int i = 0; i < days.size(); i++) {
            total += days.get(i).get("replies_total").asInt();
            if (i > 0) {
                assertThat(java.time.LocalDate.parse(days.get(i).get("date").asText()))
                        .isEqualTo(java.time.LocalDate.parse(days.get(i - 1).get("date").asText()).plusDays(1));
            }
        }
        assertThat(total).isGreaterThan(40);
        assertThat(days.get(0).fieldNames()).toIterable().contains("date", "replies_total", "draft_accepted",
                "draft_edited", "reply_manual", "accept_rate", "edit_rate", "manual_rate");
    }

    @Test
    void rejectsDaysOutOfRange() {
        assertThat(CliRun.of("quality", "history", "--days", "366").exitCode()).isEqualTo(2);
    }
}
