package ru.agentiq.core.linking;

import ru.agentiq.core.interaction.WireValue;

/**
 * One piece of evidence that two interactions concern the same buyer episode. The weight of each signal comes from
 * {@link LinkingConfig}; a signal whose weight is zero is switched off and never reported.
 *
 * <p>Exclusive groups: a pair earns at most one of the three time windows (the narrowest that contains its gap), at
 * most one of the two name signals (an exact match wins) and at most one of the two overlap levels (high wins).
 */
public enum LinkSignal implements WireValue {
    /** Both carry the same order id. Deterministic. */
    ORDER_ID_EXACT("order_id_exact", true),
    /** Both carry the same marketplace buyer id. Deterministic. */
    CUSTOMER_ID_EXACT("customer_id_exact", true),
    /** Same WB article number (nmID). */
    NM_ID_EXACT("nm_id_exact", false),
    /** Same seller article (vendor code). */
    PRODUCT_ARTICLE_EXACT("product_article_exact", false),
    /** Occurred at most 24 hours apart. */
    TIME_WINDOW_24H("time_window_24h", false),
    /** Occurred more than 24 hours but at most 7 days apart. */
    TIME_WINDOW_7D("time_window_7d", false),
    /** Occurred more than 7 days but at most 30 days apart. */
    TIME_WINDOW_30D("time_window_30d", false),
    /** The buyers' display names are equal after {@link PersonNames#normalize(String) normalisation}. */
    NAME_MATCH("name_match_probabilistic", false),
    /** One normalised display name contains the other (for example {@code мария} and {@code мария к}). */
    NAME_PARTIAL_MATCH("name_partial_match_probabilistic", false),
    /** The texts share many words: token Jaccard at or above the high threshold. */
    SEMANTIC_OVERLAP_HIGH("semantic_overlap_high", false),
    /** The texts share some words: token Jaccard at or above the medium threshold. */
    SEMANTIC_OVERLAP_MEDIUM("semantic_overlap_medium", false);

    private final String wire;
    private final boolean deterministic;

    LinkSignal(String wire, boolean deterministic) {
        this.wire = wire;
        this.deterministic = deterministic;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Whether this signal alone identifies the buyer (order or customer id), making the link deterministic. */
    public boolean isDeterministic() {
        return deterministic;
    }

    /** Whether this signal is about the buyer's name, which may never on its own justify an automatic action. */
    public boolean isNameSignal() {
        return this == NAME_MATCH || this == NAME_PARTIAL_MATCH;
    }

    public static LinkSignal fromWire(String value) {
        return WireValue.parse(LinkSignal.class, value, "signal");
    }

    int bit() {
        return 1 << ordinal();
    }
}
