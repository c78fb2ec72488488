package ru.agentiq.core.interaction;

import ru.agentiq.core.internal.Checks;

/** The tenant: a seller account. Every query in AgentIQ is scoped by one. */
public record SellerId(long value) {
    public SellerId {
        Checks.positive(value, "sellerId");
    }

    public static SellerId of(long value) {
        return new SellerId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
