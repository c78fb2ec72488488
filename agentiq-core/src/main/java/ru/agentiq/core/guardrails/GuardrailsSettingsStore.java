package ru.agentiq.core.guardrails;

import ru.agentiq.core.interaction.SellerId;

/**
 * Port: where sellers' guardrails configurations are kept and changed at run time. A seller that stored nothing, or
 * was reset, gets {@link GuardrailsConfig#defaults()}. Implementations are thread-safe; the last write wins.
 */
public interface GuardrailsSettingsStore extends GuardrailsConfigSource {

    /** Stores {@code config} for {@code sellerId}, replacing what was there. */
    void put(SellerId sellerId, GuardrailsConfig config);

    /** Back to the defaults; a no-op when the seller set nothing. */
    void reset(SellerId sellerId);
}
