package ru.agentiq.jdbc.settings;

import ru.agentiq.core.guardrails.GuardrailsSettingsStore;
import ru.agentiq.core.guardrails.GuardrailsSettingsStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class PostgresGuardrailsSettingsStoreTest extends GuardrailsSettingsStoreContract {

    @Override
    protected GuardrailsSettingsStore newStore() {
        return AgentIqJdbc.builder(TestDatabases.postgres()).migrate(false).build().guardrailsSettings();
    }
}
