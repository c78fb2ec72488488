package ru.agentiq.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import ru.agentiq.cli.analytics.AnalyticsCommand;
import ru.agentiq.cli.demo.DemoCommand;
import ru.agentiq.cli.draft.DraftCommand;
import ru.agentiq.cli.ops.AlertsCommand;
import ru.agentiq.cli.ops.ReadinessCommand;
import ru.agentiq.cli.quality.QualityCommand;
import ru.agentiq.cli.guardrails.GuardrailsCommand;
import ru.agentiq.cli.linking.LinkCommand;
import ru.agentiq.cli.priority.PriorityCommand;
import ru.agentiq.cli.sync.SyncCommand;
import ru.agentiq.cli.timeline.TimelineCommand;
import ru.agentiq.cli.wallet.WalletCommand;
import ru.agentiq.cli.wb.WbCommand;
import ru.agentiq.core.AgentIqException;

/**
 * The {@code agentiq} command line. Exit codes: 0 success, 1 the command ran and failed (the reason on one line),
 * 2 bad arguments (one line on stderr that ends with where to find the usage). Stack traces are never printed.
 */
@Command(name = "agentiq",
        mixinStandardHelpOptions = true,
        versionProvider = AgentIqCli.Version.class,
        description = "AgentIQ: Wildberries reviews, questions and chats in one prioritised queue.",
        subcommands = {DemoCommand.class, PriorityCommand.class, GuardrailsCommand.class, WalletCommand.class,
                WbCommand.class, SyncCommand.class, LinkCommand.class, TimelineCommand.class, DraftCommand.class,
                QualityCommand.class, AlertsCommand.class, ReadinessCommand.class, AnalyticsCommand.class,
                CommandLine.HelpCommand.class})
public final class AgentIqCli implements Runnable {

    /** The command ran but could not do its job. */
    public static final int EXIT_FAILURE = 1;
    /** The arguments were wrong. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final EmbeddedStore givenStore;
    private EmbeddedStore openedStore;

    private AgentIqCli(EmbeddedStore givenStore) {
        this.givenStore = givenStore;
    }

    /**
     * The store of this invocation for subcommands without their own {@code --db}: the one passed to
     * {@link #run(EmbeddedStore, PrintWriter, PrintWriter, String...)}, else the default store, opened on first use.
     */
    public EmbeddedStore store() {
        if (givenStore != null) {
            return givenStore;
        }
        if (openedStore == null) {
            openedStore = new EmbeddedStore(Clock.systemUTC());
        }
        return openedStore;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs one invocation with the given streams and returns its exit code (used by tests and embedders). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return execute(new AgentIqCli(null), out, err, args);
    }

    /**
     * Runs one invocation whose wallet subcommands work on {@code store}: invocations sharing a store see each
     * other's wallet writes (billing is not in the database yet; see {@link EmbeddedStore}).
     */
    public static int run(EmbeddedStore store, PrintWriter out, PrintWriter err, String... args) {
        return execute(new AgentIqCli(Objects.requireNonNull(store, "store")), out, err, args);
    }

    private static int execute(AgentIqCli cli, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(cli);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            // the hint shares the error's line: scripts and the contract expect exactly one line on stderr
            err.println("agentiq: " + oneLine(ex.getMessage()) + " (see 'agentiq "
                    + String.join("", subcommandPath(ex.getCommandLine())) + "--help')");
            err.flush();
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof CommandLine.ParameterException pe) {
                err.println("agentiq: " + oneLine(pe.getMessage()));
                err.flush();
                return EXIT_USAGE;
            }
            String message = ex instanceof AgentIqException || ex instanceof IllegalArgumentException
                    ? ex.getMessage()
                    : ex.getClass().getSimpleName() + ": " + ex.getMessage();
            err.println("agentiq: " + oneLine(message));
            err.flush();
            return EXIT_FAILURE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (try 'agentiq demo')");
    }

    private static java.util.List<String> subcommandPath(CommandLine commandLine) {
        java.util.List<String> path = new java.util.ArrayList<>();
        for (CommandLine c = commandLine; c != null && c.getParent() != null; c = c.getParent()) {
            path.add(0, c.getCommandName() + " ");
        }
        return path;
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "failed";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /** Reads the version Maven wrote into the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AgentIqCli.class.getPackage().getImplementationVersion();
            return new String[] {"agentiq " + (version == null ? "development build" : version)};
        }
    }
}
