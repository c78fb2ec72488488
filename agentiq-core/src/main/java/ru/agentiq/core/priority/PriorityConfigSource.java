package ru.agentiq.core.priority;

import ru.agentiq.core.interaction.SellerId;

/** Port: each seller's prioritisation settings (runtime settings). Must return quickly; adapters may cache. */
@FunctionalInterface
public interface PriorityConfigSource {

    /** The settings of {@code sellerId}; {@link PriorityConfig#defaults()} when the seller set nothing. */
    PriorityConfig forSeller(SellerId sellerId);

    /** The same settings for every seller. */
    static PriorityConfigSource fixed(PriorityConfig config) {
        return sellerId -> config;
    }
}
