package ru.agentiq.core.memory;

import ru.agentiq.core.guardrails.GuardrailsSettingsStore;
import ru.agentiq.core.guardrails.GuardrailsSettingsStoreContract;

class InMemoryGuardrailsSettingsTest extends GuardrailsSettingsStoreContract {

    @Override
    protected GuardrailsSettingsStore newStore() {
        return new InMemoryGuardrailsSettings();
    }
}
