package ru.agentiq.jdbc.settings;

import ru.agentiq.core.guardrails.GuardrailsSettingsStore;
import ru.agentiq.core.guardrails.GuardrailsSettingsStoreContract;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class H2GuardrailsSettingsStoreTest extends GuardrailsSettingsStoreContract {

    @Override
    protected GuardrailsSettingsStore newStore() {
        return AgentIqJdbc.builder(TestDatabases.h2()).migrate(false).build().guardrailsSettings();
    }
}
