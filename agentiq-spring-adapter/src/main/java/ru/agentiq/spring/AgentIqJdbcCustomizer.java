package ru.agentiq.spring;

import ru.agentiq.jdbc.AgentIqJdbc;

/** Code-level adjustments of the {@link AgentIqJdbc} builder before the auto-configured instance is built. */
@FunctionalInterface
public interface AgentIqJdbcCustomizer {

    void customize(AgentIqJdbc.Builder builder);
}
