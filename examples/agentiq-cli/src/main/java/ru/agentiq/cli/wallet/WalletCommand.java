package ru.agentiq.cli.wallet;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.agentiq.cli.AgentIqCli;
import ru.agentiq.cli.EmbeddedStore;

/**
 * {@code agentiq wallet}: the credit wallet on the embedded store — grants, debits, the admin wallet view, the
 * history and usage reports, with the seed's JSON field names.
 */
@Command(name = "wallet", mixinStandardHelpOptions = true,
        description = {"Credit wallet on the embedded store: grant, debit, show, transactions, usage.",
                "The embedded store lives in memory for one invocation; use --demo to look at seeded data."},
        subcommands = {GrantCommand.class, DebitCommand.class, ShowCommand.class, TransactionsCommand.class,
                UsageCommand.class})
public final class WalletCommand implements Runnable {

    @ParentCommand
    private AgentIqCli cli;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a wallet subcommand is required: grant, debit, show, transactions or usage");
    }

    EmbeddedStore store() {
        return cli.store();
    }
}
