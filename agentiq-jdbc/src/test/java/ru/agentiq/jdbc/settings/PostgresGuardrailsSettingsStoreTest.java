package ru.agentiq.jdbc.settings;

import ru.agentiq.core.guardrails.GuardrailsSettingsStore;
import ru.agentiq.core.guardrails.GuardrailsSettingsStoreContract;

class PostgresGuardrailsSettingsStoreTest extends GuardrailsSettingsStoreContract {

    @Override
    protected GuardrailsSettingsStore newStore() {
        return SharedPostgres.emptied().guardrailsSettings();
    }
}
