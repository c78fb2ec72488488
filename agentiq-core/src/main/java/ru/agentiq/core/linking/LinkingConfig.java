package ru.agentiq.core.linking;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import ru.agentiq.core.ValidationException;

/**
 * Immutable settings of cross-channel linking: signal weights, score floor and cap, drop and band thresholds, the
 * automation threshold, how many candidates an interaction keeps and how far blocking looks. Thread-safe; share one.
 *
 * <p>Two built-in profiles:
 * <table>
 *   <caption>signal weights of the built-in profiles</caption>
 *   <tr><th>signal</th><th>{@link #piloted()} (default)</th><th>{@link #plan()}</th></tr>
 *   <tr><td>order_id_exact</td><td>0.88</td><td>0.88</td></tr>
 *   <tr><td>customer_id_exact</td><td>0.68</td><td>0.68</td></tr>
 *   <tr><td>nm_id_exact</td><td>0.34</td><td>0.45 (within the 7-day product window)</td></tr>
 *   <tr><td>product_article_exact</td><td>0.28</td><td>0 (the plan scores the product once, on nm_id)</td></tr>
 *   <tr><td>time_window_24h / 7d / 30d</td><td>0.16 / 0.10 / 0.05</td><td>0.20 / 0 / 0</td></tr>
 *   <tr><td>name_match / name_partial_match</td><td>0.12 / 0.08</td><td>0.10 / 0</td></tr>
 *   <tr><td>semantic_overlap_high / medium</td><td>0.10 / 0.06</td><td>0.20 / 0.05 (the plan's "extra signals: words")</td></tr>
 * </table>
 * Both share the deterministic floor 0.90, the cap 0.99, the drop threshold 0.55, the bands 0.85 / 0.65, the
 * automation threshold 0.85 and the top-5 cut. {@code piloted()} is what the first implementation ran in the pilot;
 * {@code plan()} holds the weights of the product plan (§12.2).
 *
 * <p>Numbers are fixed-point with three decimals: a weight of {@code 0.345} is accepted, {@code 0.3455} is not. Scores
 * are therefore exact sums, and a threshold of 0.55 compares exactly against a sum such as 0.34 + 0.16 + 0.05.
 *
 * <p>Blocking: an interaction is only ever compared with interactions that share its order id, customer id, nmID or
 * seller article; within each such block only the {@link #blockNeighbours()} nearest in time are considered, and a
 * pair that shares nothing but the product must have occurred within {@link #productWindow()}.
 */
public final class LinkingConfig {

    /** Deterministic links (order or customer id matched) score at least this. */
    public static final double DEFAULT_DETERMINISTIC_FLOOR = 0.90;
    /** No link scores above this: a link is evidence, never certainty. */
    public static final double DEFAULT_CONFIDENCE_CAP = 0.99;
    /** Candidates below this are not kept at all. */
    public static final double DEFAULT_DROP_THRESHOLD = 0.55;
    /** At or above: {@link ConfidenceBand#HIGH}. */
    public static final double DEFAULT_HIGH_BAND_THRESHOLD = 0.85;
    /** At or above (and below the high threshold): {@link ConfidenceBand#OPERATOR_HINT}. */
    public static final double DEFAULT_HINT_BAND_THRESHOLD = 0.65;
    /** Deterministic links at or above this allow automatic actions. */
    public static final double DEFAULT_AUTO_ACTION_THRESHOLD = 0.85;
    /** Token Jaccard at or above this earns {@link LinkSignal#SEMANTIC_OVERLAP_HIGH}. */
    public static final double DEFAULT_SEMANTIC_HIGH_THRESHOLD = 0.45;
    /** Token Jaccard at or above this (and below the high threshold) earns {@link LinkSignal#SEMANTIC_OVERLAP_MEDIUM}. */
    public static final double DEFAULT_SEMANTIC_MEDIUM_THRESHOLD = 0.25;
    /** Candidates kept per interaction, best first. */
    public static final int DEFAULT_MAX_CANDIDATES = 5;
    /** Pairs linked by the product alone must have occurred at most this far apart (piloted profile). */
    public static final Duration DEFAULT_PRODUCT_WINDOW = Duration.ofDays(30);
    /** The plan's product window: "nm_id within 7 days". */
    public static final Duration PLAN_PRODUCT_WINDOW = Duration.ofDays(7);
    /** Per block, an interaction is compared with at most this many nearest-in-time interactions. */
    public static final int DEFAULT_BLOCK_NEIGHBOURS = 50;

    public static final int MAX_MAX_CANDIDATES = 50;
    public static final int MAX_BLOCK_NEIGHBOURS = 10_000;
    public static final Duration MAX_PRODUCT_WINDOW = Duration.ofDays(365);

    private static final LinkingConfig PILOTED = new Builder()
            .weight(LinkSignal.ORDER_ID_EXACT, 0.88)
            .weight(LinkSignal.CUSTOMER_ID_EXACT, 0.68)
            .weight(LinkSignal.NM_ID_EXACT, 0.34)
            .weight(LinkSignal.PRODUCT_ARTICLE_EXACT, 0.28)
            .weight(LinkSignal.TIME_WINDOW_24H, 0.16)
            .weight(LinkSignal.TIME_WINDOW_7D, 0.10)
            .weight(LinkSignal.TIME_WINDOW_30D, 0.05)
            .weight(LinkSignal.NAME_MATCH, 0.12)
            .weight(LinkSignal.NAME_PARTIAL_MATCH, 0.08)
            .weight(LinkSignal.SEMANTIC_OVERLAP_HIGH, 0.10)
            .weight(LinkSignal.SEMANTIC_OVERLAP_MEDIUM, 0.06)
            .build();

    private static final LinkingConfig PLAN = PILOTED.toBuilder()
            .weight(LinkSignal.NM_ID_EXACT, 0.45)
            .weight(LinkSignal.PRODUCT_ARTICLE_EXACT, 0)
            .weight(LinkSignal.TIME_WINDOW_24H, 0.20)
            .weight(LinkSignal.TIME_WINDOW_7D, 0)
            .weight(LinkSignal.TIME_WINDOW_30D, 0)
            .weight(LinkSignal.NAME_MATCH, 0.10)
            .weight(LinkSignal.NAME_PARTIAL_MATCH, 0)
            .weight(LinkSignal.SEMANTIC_OVERLAP_HIGH, 0.20)
            .weight(LinkSignal.SEMANTIC_OVERLAP_MEDIUM, 0.05)
            .productWindow(PLAN_PRODUCT_WINDOW)
            .build();

    private final Map<LinkSignal, Integer> weights;
    private final int deterministicFloor;
    private final int confidenceCap;
    private final int dropThreshold;
    private final int highBandThreshold;
    private final int hintBandThreshold;
    private final int autoActionThreshold;
    private final int semanticHighThreshold;
    private final int semanticMediumThreshold;
    private final int maxCandidates;
    private final Duration productWindow;
    private final int blockNeighbours;

    private LinkingConfig(Builder b) {
        this.weights = Collections.unmodifiableMap(new EnumMap<>(b.weights));
        this.deterministicFloor = b.deterministicFloor;
        this.confidenceCap = b.confidenceCap;
        this.dropThreshold = b.dropThreshold;
        this.highBandThreshold = b.highBandThreshold;
        this.hintBandThreshold = b.hintBandThreshold;
        this.autoActionThreshold = b.autoActionThreshold;
        this.semanticHighThreshold = b.semanticHighThreshold;
        this.semanticMediumThreshold = b.semanticMediumThreshold;
        this.maxCandidates = b.maxCandidates;
        this.productWindow = b.productWindow;
        this.blockNeighbours = b.blockNeighbours;
    }

    /** The weights the first implementation piloted (seed §d.2); the default. */
    public static LinkingConfig piloted() {
        return PILOTED;
    }

    /** Same as {@link #piloted()}. */
    public static LinkingConfig defaults() {
        return PILOTED;
    }

    /** The product plan's weights (§12.2: 0.45 / 0.20 / 0.20 / 0.10 / 0.05) with a 7-day product window. */
    public static LinkingConfig plan() {
        return PLAN;
    }

    /**
     * The built-in profile called {@code name}: {@code piloted} or {@code plan}.
     *
     * @throws ValidationException for any other name
     */
    public static LinkingConfig profile(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (wanted) {
            case "piloted" -> PILOTED;
            case "plan" -> PLAN;
            default -> throw new ValidationException("profile must be one of piloted|plan, was '" + name + "'");
        };
    }

    /** A builder with every weight zero and the default thresholds and limits, for a profile of your own. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to derive a variant. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The weight of {@code signal}; zero means the signal is off. */
    public double weight(LinkSignal signal) {
        return fromMillis(weights.get(Objects.requireNonNull(signal, "signal")));
    }

    /** Every signal's weight. */
    public Map<LinkSignal, Double> weights() {
        Map<LinkSignal, Double> copy = new EnumMap<>(LinkSignal.class);
        weights.forEach((s, w) -> copy.put(s, fromMillis(w)));
        return Collections.unmodifiableMap(copy);
    }

    public double deterministicFloor() {
        return fromMillis(deterministicFloor);
    }

    public double confidenceCap() {
        return fromMillis(confidenceCap);
    }

    public double dropThreshold() {
        return fromMillis(dropThreshold);
    }

    public double highBandThreshold() {
        return fromMillis(highBandThreshold);
    }

    public double hintBandThreshold() {
        return fromMillis(hintBandThreshold);
    }

    public double autoActionThreshold() {
        return fromMillis(autoActionThreshold);
    }

    public double semanticHighThreshold() {
        return fromMillis(semanticHighThreshold);
    }

    public double semanticMediumThreshold() {
        return fromMillis(semanticMediumThreshold);
    }

    public int maxCandidates() {
        return maxCandidates;
    }

    /** Pairs that share only the product (nmID or article) must have known times at most this far apart. */
    public Duration productWindow() {
        return productWindow;
    }

    /** Per block (order, customer, nmID, article, nmID + name), the nearest-in-time interactions compared. */
    public int blockNeighbours() {
        return blockNeighbours;
    }

    /** The band of a confidence under this configuration's thresholds. */
    public ConfidenceBand band(double confidence) {
        return band(toMillis(confidence, "confidence"));
    }

    ConfidenceBand band(int confidenceMillis) {
        if (confidenceMillis >= highBandThreshold) {
            return ConfidenceBand.HIGH;
        }
        return confidenceMillis >= hintBandThreshold ? ConfidenceBand.OPERATOR_HINT : ConfidenceBand.ANALYTICS_ONLY;
    }

    int weightMillis(LinkSignal signal) {
        return weights.get(signal);
    }

    int deterministicFloorMillis() {
        return deterministicFloor;
    }

    int confidenceCapMillis() {
        return confidenceCap;
    }

    int dropThresholdMillis() {
        return dropThreshold;
    }

    int autoActionThresholdMillis() {
        return autoActionThreshold;
    }

    int semanticHighMillis() {
        return semanticHighThreshold;
    }

    int semanticMediumMillis() {
        return semanticMediumThreshold;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkingConfig c && weights.equals(c.weights) && deterministicFloor == c.deterministicFloor
                && confidenceCap == c.confidenceCap && dropThreshold == c.dropThreshold
                && highBandThreshold == c.highBandThreshold && hintBandThreshold == c.hintBandThreshold
                && autoActionThreshold == c.autoActionThreshold && semanticHighThreshold == c.semanticHighThreshold
                && semanticMediumThreshold == c.semanticMediumThreshold && maxCandidates == c.maxCandidates
                && productWindow.equals(c.productWindow) && blockNeighbours == c.blockNeighbours;
    }

    @Override
    public int hashCode() {
        return Objects.hash(weights, deterministicFloor, confidenceCap, dropThreshold, highBandThreshold,
                hintBandThreshold, autoActionThreshold, semanticHighThreshold, semanticMediumThreshold, maxCandidates,
                productWindow, blockNeighbours);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("LinkingConfig{weights={");
        weights.forEach((signal, w) -> s.append(signal.wire()).append('=').append(fromMillis(w)).append(", "));
        s.setLength(s.length() - 2);
        return s.append("}, deterministicFloor=").append(deterministicFloor())
                .append(", confidenceCap=").append(confidenceCap())
                .append(", dropThreshold=").append(dropThreshold())
                .append(", bands=").append(highBandThreshold()).append('/').append(hintBandThreshold())
                .append(", autoActionThreshold=").append(autoActionThreshold())
                .append(", semantic=").append(semanticHighThreshold()).append('/').append(semanticMediumThreshold())
                .append(", maxCandidates=").append(maxCandidates)
                .append(", productWindow=").append(productWindow)
                .append(", blockNeighbours=").append(blockNeighbours).append('}').toString();
    }

    static double fromMillis(int millis) {
        return millis / 1000.0;
    }

    /** {@code value} in thousandths; rejects values outside 0..1 or with more than three decimals. */
    static int toMillis(double value, String field) {
        if (Double.isNaN(value) || value < 0 || value > 1) {
            throw new ValidationException(field + " must be 0..1, was " + value);
        }
        double scaled = value * 1000;
        long rounded = Math.round(scaled);
        if (Math.abs(scaled - rounded) > 1e-6) {
            throw new ValidationException(field + " must have at most three decimals, was " + value);
        }
        return (int) rounded;
    }

    /** Mutable, single-use builder; every setter validates at once, {@link #build()} checks the whole. */
    public static final class Builder {
        private final Map<LinkSignal, Integer> weights = new EnumMap<>(LinkSignal.class);
        private int deterministicFloor = toMillis(DEFAULT_DETERMINISTIC_FLOOR, "deterministicFloor");
        private int confidenceCap = toMillis(DEFAULT_CONFIDENCE_CAP, "confidenceCap");
        private int dropThreshold = toMillis(DEFAULT_DROP_THRESHOLD, "dropThreshold");
        private int highBandThreshold = toMillis(DEFAULT_HIGH_BAND_THRESHOLD, "highBandThreshold");
        private int hintBandThreshold = toMillis(DEFAULT_HINT_BAND_THRESHOLD, "hintBandThreshold");
        private int autoActionThreshold = toMillis(DEFAULT_AUTO_ACTION_THRESHOLD, "autoActionThreshold");
        private int semanticHighThreshold = toMillis(DEFAULT_SEMANTIC_HIGH_THRESHOLD, "semanticHighThreshold");
        private int semanticMediumThreshold = toMillis(DEFAULT_SEMANTIC_MEDIUM_THRESHOLD, "semanticMediumThreshold");
        private int maxCandidates = DEFAULT_MAX_CANDIDATES;
        private Duration productWindow = DEFAULT_PRODUCT_WINDOW;
        private int blockNeighbours = DEFAULT_BLOCK_NEIGHBOURS;

        private Builder() {
            for (LinkSignal signal : LinkSignal.values()) {
                weights.put(signal, 0);
            }
        }

        private Builder(LinkingConfig c) {
            weights.putAll(c.weights);
            deterministicFloor = c.deterministicFloor;
            confidenceCap = c.confidenceCap;
            dropThreshold = c.dropThreshold;
            highBandThreshold = c.highBandThreshold;
            hintBandThreshold = c.hintBandThreshold;
            autoActionThreshold = c.autoActionThreshold;
            semanticHighThreshold = c.semanticHighThreshold;
            semanticMediumThreshold = c.semanticMediumThreshold;
            maxCandidates = c.maxCandidates;
            productWindow = c.productWindow;
            blockNeighbours = c.blockNeighbours;
        }

        /** Sets the weight of one signal, 0..1 with at most three decimals; 0 switches the signal off. */
        public Builder weight(LinkSignal signal, double weight) {
            if (signal == null) {
                throw new ValidationException("signal is required");
            }
            weights.put(signal, toMillis(weight, "weight of " + signal.wire()));
            return this;
        }

        /** Minimum score of a deterministic link. */
        public Builder deterministicFloor(double value) {
            deterministicFloor = toMillis(value, "deterministicFloor");
            return this;
        }

        /** Maximum confidence of any link. */
        public Builder confidenceCap(double value) {
            confidenceCap = toMillis(value, "confidenceCap");
            return this;
        }

        /** Candidates scoring below this are dropped. */
        public Builder dropThreshold(double value) {
            dropThreshold = toMillis(value, "dropThreshold");
            return this;
        }

        public Builder highBandThreshold(double value) {
            highBandThreshold = toMillis(value, "highBandThreshold");
            return this;
        }

        public Builder hintBandThreshold(double value) {
            hintBandThreshold = toMillis(value, "hintBandThreshold");
            return this;
        }

        /** Deterministic links at or above this allow automatic actions. */
        public Builder autoActionThreshold(double value) {
            autoActionThreshold = toMillis(value, "autoActionThreshold");
            return this;
        }

        public Builder semanticHighThreshold(double value) {
            semanticHighThreshold = toMillis(value, "semanticHighThreshold");
            return this;
        }

        public Builder semanticMediumThreshold(double value) {
            semanticMediumThreshold = toMillis(value, "semanticMediumThreshold");
            return this;
        }

        /** Candidates kept per interaction, 1..{@value #MAX_MAX_CANDIDATES}. */
        public Builder maxCandidates(int value) {
            if (value < 1 || value > MAX_MAX_CANDIDATES) {
                throw new ValidationException("maxCandidates must be 1.." + MAX_MAX_CANDIDATES + ", was " + value);
            }
            maxCandidates = value;
            return this;
        }

        /** How far apart two interactions sharing only the product may be; 1 minute..365 days. */
        public Builder productWindow(Duration value) {
            if (value == null) {
                throw new ValidationException("productWindow is required");
            }
            if (value.compareTo(Duration.ofMinutes(1)) < 0 || value.compareTo(MAX_PRODUCT_WINDOW) > 0) {
                throw new ValidationException("productWindow must be 1 minute..365 days, was " + value);
            }
            productWindow = value;
            return this;
        }

        /** Nearest-in-time interactions compared per block, 1..{@value #MAX_BLOCK_NEIGHBOURS}. */
        public Builder blockNeighbours(int value) {
            if (value < 1 || value > MAX_BLOCK_NEIGHBOURS) {
                throw new ValidationException(
                        "blockNeighbours must be 1.." + MAX_BLOCK_NEIGHBOURS + ", was " + value);
            }
            blockNeighbours = value;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws ValidationException when thresholds contradict each other (floor above cap, hint band above high
         *                             band, medium overlap above high overlap)
         */
        public LinkingConfig build() {
            if (deterministicFloor > confidenceCap) {
                throw new ValidationException("deterministicFloor must not exceed confidenceCap, was "
                        + fromMillis(deterministicFloor) + " > " + fromMillis(confidenceCap));
            }
            if (hintBandThreshold > highBandThreshold) {
                throw new ValidationException("hintBandThreshold must not exceed highBandThreshold, was "
                        + fromMillis(hintBandThreshold) + " > " + fromMillis(highBandThreshold));
            }
            if (semanticMediumThreshold > semanticHighThreshold) {
                throw new ValidationException("semanticMediumThreshold must not exceed semanticHighThreshold, was "
                        + fromMillis(semanticMediumThreshold) + " > " + fromMillis(semanticHighThreshold));
            }
            if (semanticMediumThreshold == 0) {
                throw new ValidationException("semanticMediumThreshold must be above 0, or texts with nothing in "
                        + "common would count as overlapping");
            }
            return new LinkingConfig(this);
        }
    }
}
