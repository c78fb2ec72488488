package ru.agentiq.core.draft;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * A TTL cache in front of a {@link ProductCatalog} (seed §h.7: 1 hour, 500 cards, the oldest 20 % dropped when full,
 * unknown products cached too). When the catalog fails, an expired card is served rather than none. Thread-safe; the
 * lock is not held during the catalog call, so a slow CDN never blocks readers of cached cards.
 */
public final class CachingProductCatalog implements ProductCatalog {

    public static final Duration DEFAULT_TTL = Duration.ofHours(1);
    public static final int DEFAULT_MAX_ENTRIES = 500;

    private record Entry(Optional<ProductCard> card, Instant fetchedAt) {
    }

    private final ProductCatalog delegate;
    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    public CachingProductCatalog(ProductCatalog delegate, Clock clock) {
        this(delegate, clock, DEFAULT_TTL, DEFAULT_MAX_ENTRIES);
    }

    /**
     * @param ttl        how long a card is fresh (1 second..7 days)
     * @param maxEntries cards kept (5..100 000)
     */
    public CachingProductCatalog(ProductCatalog delegate, Clock clock, Duration ttl, int maxEntries) {
        this.delegate = Checks.required(delegate, "delegate");
        this.clock = Checks.required(clock, "clock");
        Checks.required(ttl, "ttl");
        if (ttl.compareTo(Duration.ofSeconds(1)) < 0 || ttl.compareTo(Duration.ofDays(7)) > 0) {
            throw new ValidationException("ttl must be 1 second..7 days, was " + ttl);
        }
        this.ttl = ttl;
        this.maxEntries = Checks.inRange(maxEntries, 5, 100_000, "maxEntries");
    }

    @Override
    public Optional<ProductCard> find(String nmId) {
        if (nmId == null || nmId.isBlank()) {
            return Optional.empty();
        }
        String key = nmId.strip();
        Instant now = clock.instant();
        Entry cached;
        synchronized (entries) {
            cached = entries.get(key);
        }
        if (cached != null && cached.fetchedAt.plus(ttl).isAfter(now)) {
            return cached.card;
        }
        Optional<ProductCard> fresh;
        try {
            fresh = delegate.find(key);
        } catch (RuntimeException e) {
            if (cached != null) {
                return cached.card;
            }
            throw e;
        }
        put(key, new Entry(fresh == null ? Optional.empty() : fresh, now));
        return fresh == null ? Optional.empty() : fresh;
    }

    /** Cards currently kept (fresh or stale). */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private void put(String key, Entry entry) {
        synchronized (entries) {
            entries.remove(key);
            if (entries.size() >= maxEntries) {
                int drop = Math.max(1, maxEntries / 5);
                Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
                while (drop-- > 0 && it.hasNext()) {
                    it.next();
                    it.remove();
                }
            }
            entries.put(key, entry);
        }
    }
}
