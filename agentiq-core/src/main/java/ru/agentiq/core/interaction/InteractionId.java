package ru.agentiq.core.interaction;

import ru.agentiq.core.internal.Checks;

/** Store-assigned id of an interaction; unique across sellers, but always looked up together with a {@link SellerId}. */
public record InteractionId(long value) {
    public InteractionId {
        Checks.positive(value, "interactionId");
    }

    public static InteractionId of(long value) {
        return new InteractionId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
