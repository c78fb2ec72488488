package ru.agentiq.cli.wb;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code agentiq wb}: Wildberries tools. */
@Command(name = "wb", mixinStandardHelpOptions = true,
        description = "Wildberries tools: check WB payloads against the official contract, normalise them.",
        subcommands = {ContractCheckCommand.class, NormalizeCommand.class})
public final class WbCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required (contract-check or normalize)");
    }
}
