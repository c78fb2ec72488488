package ru.agentiq.jdbc.wb;

import java.time.Clock;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.wb.auth.CredentialStore;
import ru.agentiq.wb.ratelimit.RateBudget;

/**
 * The WB connector's ports on the database of an {@link AgentIqJdbc}: a {@link RateBudget} every application instance
 * shares, and a {@link CredentialStore} that keeps tokens encrypted. A separate entry point, because
 * {@code agentiq-wb-connector} is an optional dependency of {@code agentiq-jdbc}: applications that use the connector
 * add it themselves and build these; {@link AgentIqJdbc} works without it.
 *
 * <pre>{@code
 * AgentIqJdbc jdbc = AgentIqJdbc.create(dataSource);
 * JdbcWbAdapters wb = JdbcWbAdapters.create(jdbc, CredentialKeys.of("2026-11", System.getenv("AGENTIQ_TOKEN_KEY")));
 * RateBudget budget = wb.rateBudget();
 * CredentialStore credentials = wb.credentials();
 * }</pre>
 */
public final class JdbcWbAdapters {

    private final JdbcRateBudget rateBudget;
    private final JdbcCredentialStore credentials;

    private JdbcWbAdapters(Builder builder) {
        AgentIqJdbc jdbc = builder.jdbc;
        Clock clock = builder.clock == null ? jdbc.clock() : builder.clock;
        this.rateBudget = new JdbcRateBudget(jdbc.jdbi(), clock);
        this.credentials = builder.keys == null ? null
                : new JdbcCredentialStore(jdbc.jdbi(), jdbc.dialect(), builder.keys, clock);
    }

    /** Both adapters; tokens are encrypted with {@code keys}. */
    public static JdbcWbAdapters create(AgentIqJdbc jdbc, CredentialKeys keys) {
        return builder(jdbc).credentialKeys(keys).build();
    }

    public static Builder builder(AgentIqJdbc jdbc) {
        return new Builder(jdbc);
    }

    /** WB's rate-limit buckets, shared by every instance on this database. */
    public RateBudget rateBudget() {
        return rateBudget;
    }

    /**
     * Sellers' WB tokens, AES-256-GCM encrypted at rest.
     *
     * @throws ValidationException when no {@link Builder#credentialKeys credential keys} were configured
     */
    public JdbcCredentialStore credentials() {
        if (credentials == null) {
            throw new ValidationException("credentialKeys are required to store WB tokens: configure them on "
                    + "JdbcWbAdapters.builder(jdbc).credentialKeys(...)");
        }
        return credentials;
    }

    /** Options for {@link JdbcWbAdapters}. */
    public static final class Builder {
        private final AgentIqJdbc jdbc;
        private CredentialKeys keys;
        private Clock clock;

        private Builder(AgentIqJdbc jdbc) {
            this.jdbc = Checks.required(jdbc, "jdbc");
        }

        /** The keys that encrypt WB tokens; without them only the rate budget is available. */
        public Builder credentialKeys(CredentialKeys value) {
            this.keys = Checks.required(value, "credentialKeys");
            return this;
        }

        /** The clock of the rate budget and of credential timestamps; defaults to the {@link AgentIqJdbc}'s. */
        public Builder clock(Clock value) {
            this.clock = Checks.required(value, "clock");
            return this;
        }

        public JdbcWbAdapters build() {
            return new JdbcWbAdapters(this);
        }
    }
}
