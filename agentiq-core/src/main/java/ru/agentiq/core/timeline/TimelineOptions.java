package ru.agentiq.core.timeline;

import java.time.Duration;
import ru.agentiq.core.internal.Checks;

/**
 * Limits of a thread timeline.
 *
 * @param productWindowDays product-level steps must have occurred at most this many days from the anchor,
 *                          1..{@value #MAX_PRODUCT_WINDOW_DAYS}
 * @param maxItems          at most this many steps, the anchor included, 1..{@value #MAX_ITEMS}
 */
public record TimelineOptions(int productWindowDays, int maxItems) {

    public static final int DEFAULT_PRODUCT_WINDOW_DAYS = 45;
    public static final int MAX_PRODUCT_WINDOW_DAYS = 180;
    public static final int DEFAULT_MAX_ITEMS = 100;
    public static final int MAX_ITEMS = 300;

    public TimelineOptions {
        Checks.inRange(productWindowDays, 1, MAX_PRODUCT_WINDOW_DAYS, "productWindowDays");
        Checks.inRange(maxItems, 1, MAX_ITEMS, "maxItems");
    }

    /** 45 days, 100 steps. */
    public static TimelineOptions defaults() {
        return new TimelineOptions(DEFAULT_PRODUCT_WINDOW_DAYS, DEFAULT_MAX_ITEMS);
    }

    public Duration productWindow() {
        return Duration.ofDays(productWindowDays);
    }
}
