package ru.agentiq.core.customer;

import java.util.List;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.WireValue;

/**
 * Direction of a buyer's recent ratings (seed §h.5): the ratings, oldest first, are split in two halves at
 * {@code size / 2}; when the later half's mean is at least {@value #DELTA} star above the earlier half's the trend
 * is improving, at least {@value #DELTA} below declining, otherwise stable. Fewer than two ratings: neutral.
 */
public enum SentimentTrend implements WireValue {
    IMPROVING("improving", "улучшается"),
    DECLINING("declining", "ухудшается"),
    STABLE("stable", "стабильный"),
    /** Not enough ratings to tell. */
    NEUTRAL("neutral", null);

    /** Difference of the halves' means, in stars, that counts as a trend. */
    public static final int DELTA = 1;

    private final String wire;
    private final String russian;

    SentimentTrend(String wire, String russian) {
        this.wire = wire;
        this.russian = russian;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The word used in draft context ({@code Тренд: …}); null for {@link #NEUTRAL}, which is not mentioned. */
    public String russian() {
        return russian;
    }

    /**
     * The trend of {@code ratings}, oldest first. Compared in integers, so a difference of exactly one star counts.
     *
     * @throws ValidationException when a rating is not 1..5
     */
    public static SentimentTrend of(List<Integer> ratings) {
        int n = ratings.size();
        if (n < 2) {
            return NEUTRAL;
        }
        int split = n / 2;
        long earlier = 0;
        long later = 0;
        for (int i = 0; i < n; i++) {
            Integer r = ratings.get(i);
            if (r == null || r < 1 || r > 5) {
                throw new ValidationException("ratings must be 1..5, was " + r);
            }
            if (i < split) {
                earlier += r;
            } else {
                later += r;
            }
        }
        int nEarlier = split;
        int nLater = n - split;
        // later/nLater - earlier/nEarlier >= DELTA  <=>  later*nEarlier - earlier*nLater >= DELTA*nEarlier*nLater
        long scaled = later * nEarlier - earlier * nLater;
        long threshold = (long) DELTA * nEarlier * nLater;
        if (scaled >= threshold) {
            return IMPROVING;
        }
        return scaled <= -threshold ? DECLINING : STABLE;
    }

    public static SentimentTrend fromWire(String value) {
        return WireValue.parse(SentimentTrend.class, value, "sentiment_trend");
    }
}
