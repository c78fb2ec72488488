package ru.agentiq.cli.wb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.agentiq.cli.CliRun;

class ContractCheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void passesWbsOwnExamplesAndNotesTheRemovedFieldsTheyStillCarry() {
        WbFixtures.copy(dir, "feedbacks_list.json");
        WbFixtures.copy(dir, "questions_list.json");
        WbFixtures.copy(dir, "chat_events.json");

        CliRun run = CliRun.of("wb", "contract-check", "--fixtures", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("NOTE new_field chat_events.json").contains("clientID")
                .contains("RESULT: PASS — 3 payloads checked");
    }

    @Test
    void exitsOneOnATypeChange() {
        WbFixtures.write(dir, "feedbacks_list.json", WbFixtures.text("feedbacks_list.json")
                .replaceFirst("\"productValuation\"\\s*:\\s*(\\d)", "\"productValuation\": \"$1\""));

        CliRun run = CliRun.of("wb", "contract-check", "--fixtures", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL type_change feedbacks_list.json").contains("RESULT: FAIL");
    }

    @Test
    void exitsTwoWithoutAnythingToCheck() {
        CliRun run = CliRun.of("wb", "contract-check");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give --fixtures DIR and/or --live");
    }

    @Test
    void exitsTwoWhenTheFixturesDirectoryIsMissing() {
        CliRun run = CliRun.of("wb", "contract-check", "--fixtures", dir.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not a directory");
    }
}
