package ru.agentiq.cli.quality;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code agentiq quality}: reply-quality tools. */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "Reply quality: classify a sent reply against its AI draft; per-day history.",
        subcommands = {ClassifyCommand.class, HistoryCommand.class})
public final class QualityCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required (try 'agentiq quality classify')");
    }
}
