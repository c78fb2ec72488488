package ru.agentiq.core.linking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.internal.Checks;

/**
 * Scores one pair of interactions under a {@link LinkingConfig} (seed §d.2): sums the weights of the signals that
 * fire, lifts deterministic links to the floor, caps at the cap, and attaches band, policy decision, contributions and
 * explanation. Pure and thread-safe; it does not decide which pairs to compare (that is {@link LinkIndex}'s blocking)
 * and does not drop weak pairs (compare {@link LinkScore#confidence()} with {@link LinkingConfig#dropThreshold()}).
 *
 * <p>Signal rules:
 * <ul>
 *   <li>order, customer, nmID, article: both present and equal (case-sensitive, as the marketplace sent them);</li>
 *   <li>time: both occurrence times known; the pair earns the first enabled window, narrowest first, that contains
 *       its distance (24 h, 7 days, 30 days, all inclusive);</li>
 *   <li>name: the {@link PersonNames#normalize normalised} display names are equal, else (or when the exact signal is
 *       off) one contains the other;</li>
 *   <li>wording: Jaccard index of the two texts' word sets at or above the high, else the medium threshold.</li>
 * </ul>
 * A signal with weight zero never fires. Deterministic means an enabled order or customer signal fired.
 */
public final class LinkScorer {

    static final long DAY_MILLIS = Duration.ofDays(1).toMillis();
    static final long WEEK_MILLIS = Duration.ofDays(7).toMillis();
    static final long MONTH_MILLIS = Duration.ofDays(30).toMillis();

    static final int ORDER = LinkSignal.ORDER_ID_EXACT.bit();
    static final int CUSTOMER = LinkSignal.CUSTOMER_ID_EXACT.bit();
    static final int NM = LinkSignal.NM_ID_EXACT.bit();
    static final int ARTICLE = LinkSignal.PRODUCT_ARTICLE_EXACT.bit();
    static final int T24 = LinkSignal.TIME_WINDOW_24H.bit();
    static final int T7 = LinkSignal.TIME_WINDOW_7D.bit();
    static final int T30 = LinkSignal.TIME_WINDOW_30D.bit();
    static final int NAME = LinkSignal.NAME_MATCH.bit();
    static final int PARTIAL = LinkSignal.NAME_PARTIAL_MATCH.bit();
    static final int SEM_HIGH = LinkSignal.SEMANTIC_OVERLAP_HIGH.bit();
    static final int SEM_MEDIUM = LinkSignal.SEMANTIC_OVERLAP_MEDIUM.bit();
    static final int DETERMINISTIC = ORDER | CUSTOMER;

    private final LinkingConfig config;
    private final ActionPolicy policy;
    private final int enabled;
    private final LinkScore[] byMask;
    private final int[] confidenceByMask;

    public LinkScorer(LinkingConfig config) {
        this.config = Checks.required(config, "config");
        this.policy = ActionPolicy.of(config);
        int on = 0;
        for (LinkSignal s : LinkSignal.values()) {
            if (config.weightMillis(s) > 0) {
                on |= s.bit();
            }
        }
        this.enabled = on;
        int masks = 1 << LinkSignal.values().length;
        this.byMask = new LinkScore[masks];
        this.confidenceByMask = new int[masks];
        for (int mask = 0; mask < masks; mask++) {
            confidenceByMask[mask] = (mask & ~enabled) == 0 ? confidenceMillis(mask) : -1;
        }
    }

    public LinkingConfig config() {
        return config;
    }

    /** The policy this scorer applies ({@link ActionPolicy#of(LinkingConfig)}). */
    public ActionPolicy policy() {
        return policy;
    }

    /** Scores the pair, whatever their channels and whether or not blocking would ever compare them. */
    public LinkScore score(Interaction anchor, Interaction candidate) {
        return score(LinkFeatures.of(anchor), LinkFeatures.of(candidate));
    }

    /** Scores a pair from prepared features. */
    public LinkScore score(LinkFeatures anchor, LinkFeatures candidate) {
        return scoreOf(mask(Checks.required(anchor, "anchor"), Checks.required(candidate, "candidate")));
    }

    /** The signals of a pair as a bit set of {@link LinkSignal#bit()}. */
    int mask(LinkFeatures a, LinkFeatures b) {
        int m = 0;
        if (a.orderId() != null && a.orderId().equals(b.orderId())) {
            m |= ORDER;
        }
        if (a.customerId() != null && a.customerId().equals(b.customerId())) {
            m |= CUSTOMER;
        }
        if (a.nmId() != null && a.nmId().equals(b.nmId())) {
            m |= NM;
        }
        if (a.productArticle() != null && a.productArticle().equals(b.productArticle())) {
            m |= ARTICLE;
        }
        m |= timeBit(a.gapMillis(b));
        String na = a.name();
        String nb = b.name();
        if (na != null && nb != null) {
            m |= nameBit(na.equals(nb), na, nb);
        }
        String[] ta = a.tokens();
        String[] tb = b.tokens();
        if (ta.length > 0 && tb.length > 0) {
            m |= overlapBit(TextTokens.common(ta, tb), ta.length, tb.length);
        }
        return m & enabled;
    }

    int timeBit(long gap) {
        if (gap == Long.MAX_VALUE) {
            return 0;
        }
        if (gap <= DAY_MILLIS && (enabled & T24) != 0) {
            return T24;
        }
        if (gap <= WEEK_MILLIS && (enabled & T7) != 0) {
            return T7;
        }
        if (gap <= MONTH_MILLIS && (enabled & T30) != 0) {
            return T30;
        }
        return 0;
    }

    /** Name signal of two non-empty normalised names. */
    int nameBit(boolean equal, String na, String nb) {
        if (equal && (enabled & NAME) != 0) {
            return NAME;
        }
        if ((enabled & PARTIAL) == 0) {
            return 0;
        }
        boolean partial = equal ? na.length() >= PersonNames.MIN_PARTIAL_LENGTH : PersonNames.partialNormalized(na, nb);
        return partial ? PARTIAL : 0;
    }

    int overlapBit(int common, int sizeA, int sizeB) {
        if (common == 0) {
            return 0;
        }
        if ((enabled & SEM_HIGH) != 0
                && TextTokens.jaccardAtLeast(common, sizeA, sizeB, config.semanticHighMillis())) {
            return SEM_HIGH;
        }
        if ((enabled & SEM_MEDIUM) != 0
                && TextTokens.jaccardAtLeast(common, sizeA, sizeB, config.semanticMediumMillis())) {
            return SEM_MEDIUM;
        }
        return 0;
    }

    /** Bits of the signals with a non-zero weight. */
    int enabledMask() {
        return enabled;
    }

    /** Confidence in thousandths of the evidence {@code mask}. */
    int confidenceOf(int mask) {
        return confidenceByMask[mask];
    }

    /** The (shared) score of the evidence {@code mask}. */
    LinkScore scoreOf(int mask) {
        LinkScore score = byMask[mask];
        if (score == null) {
            // Benign race: two threads may build equal instances; either is fine.
            score = build(mask);
            byMask[mask] = score;
        }
        return score;
    }

    private int rawMillis(int mask) {
        int raw = 0;
        for (LinkSignal s : LinkSignal.values()) {
            if ((mask & s.bit()) != 0) {
                raw += config.weightMillis(s);
            }
        }
        return raw;
    }

    private int confidenceMillis(int mask) {
        int score = rawMillis(mask);
        if ((mask & DETERMINISTIC) != 0) {
            score = Math.max(score, config.deterministicFloorMillis());
        }
        return Math.max(0, Math.min(score, config.confidenceCapMillis()));
    }

    private LinkScore build(int mask) {
        List<LinkSignal> signals = new ArrayList<>();
        List<Contribution> contributions = new ArrayList<>();
        int raw = 0;
        for (LinkSignal s : LinkSignal.values()) {
            if ((mask & s.bit()) != 0) {
                signals.add(s);
                int w = config.weightMillis(s);
                raw += w;
                contributions.add(new Contribution(s.wire(), LinkingConfig.fromMillis(w)));
            }
        }
        boolean deterministic = (mask & DETERMINISTIC) != 0;
        int score = raw;
        if (deterministic && score < config.deterministicFloorMillis()) {
            contributions.add(new Contribution(Contribution.DETERMINISTIC_FLOOR,
                    LinkingConfig.fromMillis(config.deterministicFloorMillis() - score)));
            score = config.deterministicFloorMillis();
        }
        if (score > config.confidenceCapMillis()) {
            contributions.add(new Contribution(Contribution.CONFIDENCE_CAP,
                    LinkingConfig.fromMillis(config.confidenceCapMillis() - score)));
            score = config.confidenceCapMillis();
        }
        LinkType type = deterministic ? LinkType.DETERMINISTIC : LinkType.PROBABILISTIC;
        double confidence = LinkingConfig.fromMillis(score);
        return new LinkScore(confidence, type, config.band(score), policy.evaluate(type, confidence), signals,
                contributions, explanation(mask));
    }

    static String explanation(int mask) {
        if ((mask & ORDER) != 0) {
            return "deterministic by order_id";
        }
        if ((mask & CUSTOMER) != 0) {
            return "deterministic by customer_id";
        }
        if ((mask & (NAME | PARTIAL)) != 0) {
            return "probabilistic by name with product/time context";
        }
        if ((mask & (NM | ARTICLE)) != 0) {
            return "product context + time proximity";
        }
        return "combined signals";
    }

    @Override
    public String toString() {
        return "LinkScorer{" + Objects.toString(config) + '}';
    }
}
