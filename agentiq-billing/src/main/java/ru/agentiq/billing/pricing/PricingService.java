package ru.agentiq.billing.pricing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.draft.LlmUsage;

/**
 * Prices model calls with the active pricing table and lets an administrator change multipliers. Thread-safe.
 *
 * <p>The active table is the stored version with the newest {@code effectiveFrom} that is not in the future (UTC
 * date); when the store has none in effect, {@link PricingTable#INITIAL}. Tables are cached and the cache is reloaded
 * after every change made through this service; call {@link #reload()} after changing the store elsewhere.
 */
public final class PricingService {

    private final PricingStore store;
    private final Clock clock;
    private volatile List<PricingTable> cache;

    public PricingService(PricingStore store, Clock clock) {
        this.store = Args.required(store, "store");
        this.clock = Args.required(clock, "clock");
        reload();
    }

    /** Re-reads the tables from the store. */
    public void reload() {
        cache = List.copyOf(store.tables());
    }

    /** The table in effect today. */
    public PricingTable active() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return cache.stream()
                .filter(table -> !table.effectiveFrom().isAfter(today))
                .max(Comparator.comparing(PricingTable::effectiveFrom).thenComparing(PricingTable::version))
                .orElse(PricingTable.INITIAL);
    }

    /** Every stored version, oldest first. */
    public List<PricingTable> tables() {
        return cache.stream().sorted(Comparator.comparing(PricingTable::effectiveFrom)
                .thenComparing(PricingTable::version)).toList();
    }

    /** The stored table of {@code version}. */
    public Optional<PricingTable> table(String version) {
        return Optional.ofNullable(version).flatMap(v -> cache.stream()
                .filter(table -> table.version().equals(v.strip())).findFirst());
    }

    /** Prices a reported model call with the active table. */
    public PricedUsage price(LlmUsage usage) {
        Args.required(usage, "usage");
        return price(usage.modelAlias(), usage.inputTokensFresh(), usage.inputTokensCached(), usage.outputTokens());
    }

    /** Prices a call to {@code modelAlias} with the active table; an alias it does not list costs 1.0×. */
    public PricedUsage price(String modelAlias, long freshInput, long cachedInput, long output) {
        PricingTable table = active();
        String alias = PricingTable.normalizeAlias(modelAlias);
        BigDecimal multiplier = table.multiplier(alias);
        BigDecimal oe = Pricing.oeTokens(freshInput, cachedInput, output);
        Credits credits = Pricing.credits(oe, multiplier);
        return new PricedUsage(alias, oe, multiplier, credits, table.version());
    }

    /**
     * Changes the multiplier of a listed alias in {@code version} (the seed's {@code PATCH /pricing/{alias}}).
     *
     * @throws ValidationException when the multiplier is not greater than 0 and at most 100
     * @throws ModelAliasNotFoundException when the version does not exist or does not list the alias
     */
    public synchronized PricingTable updateMultiplier(String version, String modelAlias, BigDecimal multiplier) {
        PricingTable.checkMultiplier(multiplier);
        String alias = PricingTable.normalizeAlias(modelAlias);
        PricingTable table = table(version).filter(t -> t.lists(alias))
                .orElseThrow(() -> new ModelAliasNotFoundException(alias, version));
        PricingTable changed = table.withMultiplier(alias, multiplier);
        store.save(changed);
        reload();
        return changed;
    }

    /**
     * Stores a new version.
     *
     * @throws ValidationException when the version already exists
     */
    public synchronized PricingTable publish(PricingTable table) {
        Args.required(table, "table");
        if (store.find(table.version()).isPresent()) {
            throw new ValidationException("pricing version " + table.version() + " already exists");
        }
        store.save(table);
        reload();
        return table;
    }
}
