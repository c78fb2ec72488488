package ru.agentiq.core.timeline;

import ru.agentiq.core.interaction.WireValue;

/**
 * Why a step belongs to a thread, checked in this order; each carries the confidence of the seed (§d.4). Product-level
 * reasons stay below the automation threshold, so such steps are always assist-only.
 */
public enum MatchReason implements WireValue {
    CURRENT_INTERACTION("current_interaction", 1.0),
    ORDER_ID_EXACT("order_id_exact", 0.99),
    CUSTOMER_ID_EXACT("customer_id_exact", 0.95),
    /** Same nmID, occurred within the product window of the anchor. */
    NM_ID_TIME_WINDOW("nm_id_time_window", 0.82),
    /** Same seller article, occurred within the product window of the anchor. */
    ARTICLE_TIME_WINDOW("article_time_window", 0.78);

    private final String wire;
    private final double confidence;

    MatchReason(String wire, double confidence) {
        this.wire = wire;
        this.confidence = confidence;
    }

    @Override
    public String wire() {
        return wire;
    }

    public double confidence() {
        return confidence;
    }

    public static MatchReason fromWire(String value) {
        return WireValue.parse(MatchReason.class, value, "match_reason");
    }
}
