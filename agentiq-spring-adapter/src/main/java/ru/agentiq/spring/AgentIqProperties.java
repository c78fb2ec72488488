package ru.agentiq.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agentiq.*} configuration. Every default is the constant the SDK itself uses, so a property left out behaves
 * exactly like the library without Spring.
 */
@ConfigurationProperties(prefix = "agentiq")
public class AgentIqProperties {

    /** Whether AgentIQ's auto-configuration runs at all. */
    private boolean enabled = true;

    private final Jdbc jdbc = new Jdbc();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Jdbc getJdbc() {
        return jdbc;
    }

    /** {@code agentiq.jdbc.*}: the JDBC adapters, used when the application has a {@code DataSource}. */
    public static class Jdbc {

        /** Whether to apply AgentIQ's Flyway migrations to the application's DataSource at start-up. */
        private boolean migrationsEnabled = true;

        public boolean isMigrationsEnabled() {
            return migrationsEnabled;
        }

        public void setMigrationsEnabled(boolean migrationsEnabled) {
            this.migrationsEnabled = migrationsEnabled;
        }
    }
}
