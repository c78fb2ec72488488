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
                "Without --db the store lives in memory for one invocation; --db PATH keeps wallets in an H2 file."},
        subcommands = {GrantCommand.class, DebitCommand.class, ShowCommand.class, TransactionsCommand.class,
                UsageCommand.class})
public final class WalletCommand implements Runnable {

    @ParentCommand
    private AgentIqCli cli;

    @Spec
    private CommandSpec spec;

    @CommandLine.Option(names = "--db", paramLabel = "PATH|URL", scope = CommandLine.ScopeType.INHERIT,
            description = "Where wallets live: an H2 file path, or a jdbc:h2:/jdbc:postgresql: URL "
                    + "(default: $AGENTIQ_DB, else a private in-memory database).")
    private String db;

    private EmbeddedStore opened;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a wallet subcommand is required: grant, debit, show, transactions or usage");
    }

    EmbeddedStore store() {
        if (db == null) {
            return cli.store();
        }
        if (opened == null) {
            opened = new EmbeddedStore(java.time.Clock.systemUTC(), db);
        }
        return opened;
    }
}
