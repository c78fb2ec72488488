package ru.agentiq.core;

import ru.agentiq.core.interaction.SellerId;

/**
 * Deliberately makes the root package depend on a feature package (closing a cycle through it); only
 * {@code ArchitectureTest} imports it.
 */
public final class RootCycleFixture {
    private RootCycleFixture() {
    }

    static SellerId use() {
        return SellerId.of(1);
    }
}
