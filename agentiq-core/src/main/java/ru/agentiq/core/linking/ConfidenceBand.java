package ru.agentiq.core.linking;

import ru.agentiq.core.interaction.WireValue;

/**
 * Where a link may be shown, by confidence (plan §12.2): high-confidence links appear as likely links, medium ones
 * only as a hint to the operator, low ones only in analytics. Thresholds come from {@link LinkingConfig}
 * ({@value LinkingConfig#DEFAULT_HIGH_BAND_THRESHOLD} and {@value LinkingConfig#DEFAULT_HINT_BAND_THRESHOLD} by
 * default). A band says nothing about automatic actions: that is {@link ActionPolicy}'s decision.
 */
public enum ConfidenceBand implements WireValue {
    /** At or above the high threshold: show as a likely link. */
    HIGH("high"),
    /** Between the two thresholds: a hint for the operator, not shown in action lists. */
    OPERATOR_HINT("operator_hint"),
    /** Below the hint threshold: analytics only. */
    ANALYTICS_ONLY("analytics_only");

    private final String wire;

    ConfidenceBand(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static ConfidenceBand fromWire(String value) {
        return WireValue.parse(ConfidenceBand.class, value, "band");
    }
}
