package ru.agentiq.cli;

import java.time.Clock;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every subcommand that reads or writes the store. */
public final class StoreOptions {

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "Where the data lives: an H2 file path, or a jdbc:h2:/jdbc:postgresql: URL "
                    + "(default: $AGENTIQ_DB, else a private in-memory database).")
    private String db;

    /** Opens the store these options name. */
    public EmbeddedStore open(Clock clock) {
        return new EmbeddedStore(clock, db != null ? db : System.getenv(EmbeddedStore.DB_ENV));
    }
}
