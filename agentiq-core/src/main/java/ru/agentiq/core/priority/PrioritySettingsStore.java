package ru.agentiq.core.priority;

import ru.agentiq.core.interaction.SellerId;

/**
 * Port: where sellers' prioritisation settings (the seed's {@code sla_config_v1} namespace) are kept and changed at
 * run time. Reads follow {@link PriorityConfigSource}: a seller that stored nothing, or was reset, gets
 * {@link PriorityConfig#defaults()}. Implementations are thread-safe; the last write wins.
 */
public interface PrioritySettingsStore extends PriorityConfigSource {

    /** Stores {@code config} for {@code sellerId}, replacing what was there. */
    void put(SellerId sellerId, PriorityConfig config);

    /** Back to the defaults; a no-op when the seller set nothing. */
    void reset(SellerId sellerId);
}
