package ru.agentiq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgentIqCliTest {

    @Test
    void anUnknownOptionIsAUsageErrorOnOneLineWithExitCodeTwo() {
        CliRun run = CliRun.of("demo", "--colour");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).startsWith("agentiq: ").contains("--colour"));
        assertThat(run.err()).doesNotContain("at ru.agentiq").doesNotContain("Exception");
    }

    @Test
    void aBogusArgumentPrintsExactlyOneLineOnStderrWithTheUsageHintAndNothingOnStdout() {
        CliRun run = CliRun.of("demo", "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("agentiq: ").contains("--bogus").endsWith("(see 'agentiq demo --help')"));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void everyKindOfBadArgumentIsExactlyOneLine() {
        for (String[] args : new String[][] {{"frobnicate"}, {}, {"demo", "--sort", "oldest"},
                {"demo", "--seller", "0"}, {"demo", "--seller"}, {"demo", "extra"}, {"--bogus"}}) {
            CliRun run = CliRun.of(args);

            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().lines().toList()).as(String.join(" ", args)).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("agentiq: "));
        }
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("agentiq: ");
    }

    @Test
    void noSubcommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("agentiq: a subcommand is required");
    }

    @Test
    void aBadOptionValueReportsTheSdksValidationMessage() {
        CliRun run = CliRun.of("demo", "--sort", "oldest");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("sort must be one of newest|priority, was 'oldest'");
    }

    @Test
    void aNonPositiveSellerIsAUsageError() {
        CliRun run = CliRun.of("demo", "--seller", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("sellerId must be positive, was 0");
    }

    @Test
    void helpExitsZero() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("demo");
    }
}
