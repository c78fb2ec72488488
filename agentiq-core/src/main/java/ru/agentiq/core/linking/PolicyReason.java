package ru.agentiq.core.linking;

import ru.agentiq.core.interaction.WireValue;

/** Why {@link ActionPolicy} decided as it did; the wire values are the seed system's. */
public enum PolicyReason implements WireValue {
    /** Probabilistic links never drive automatic actions. */
    PROBABILISTIC_LINK_ASSIST_ONLY("probabilistic_link_assist_only"),
    /** Deterministic, but the confidence is below the automation threshold. */
    DETERMINISTIC_BELOW_CONFIDENCE_THRESHOLD("deterministic_below_confidence_threshold"),
    /** Deterministic and confident enough for automation. */
    DETERMINISTIC_CONFIDENCE_OK("deterministic_confidence_ok");

    private final String wire;

    PolicyReason(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static PolicyReason fromWire(String value) {
        return WireValue.parse(PolicyReason.class, value, "policy_reason");
    }
}
