package ru.agentiq.core.guardrails;

import ru.agentiq.core.interaction.SellerId;

/** Port: each seller's guardrails configuration (runtime settings). Must return quickly; adapters may cache. */
@FunctionalInterface
public interface GuardrailsConfigSource {

    /** The configuration of {@code sellerId}; {@link GuardrailsConfig#defaults()} when the seller set nothing. */
    GuardrailsConfig forSeller(SellerId sellerId);

    /** The same configuration for every seller. */
    static GuardrailsConfigSource fixed(GuardrailsConfig config) {
        return sellerId -> config;
    }
}
