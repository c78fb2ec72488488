package ru.agentiq.cli.guardrails;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code agentiq guardrails}: reply guardrails; the work is done by its subcommands. */
@Command(name = "guardrails", mixinStandardHelpOptions = true,
        description = "Check replies against the channel guardrails.",
        subcommands = {GuardrailsCheckCommand.class})
public final class GuardrailsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required (try 'agentiq guardrails check --help')");
    }
}
