package ru.agentiq.billing.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.billing.pricing.PricingStore;
import ru.agentiq.billing.pricing.PricingTable;

/** Thread-safe {@link PricingStore} in the heap, holding {@link PricingTable#INITIAL} from the start. */
public final class InMemoryPricingStore implements PricingStore {

    private final Map<String, PricingTable> tables = new ConcurrentHashMap<>();

    /** A store with the seed's initial table. */
    public InMemoryPricingStore() {
        this(List.of(PricingTable.INITIAL));
    }

    /** A store with exactly {@code initial}. */
    public InMemoryPricingStore(List<PricingTable> initial) {
        Args.required(initial, "initial").forEach(this::save);
    }

    @Override
    public List<PricingTable> tables() {
        return List.copyOf(tables.values());
    }

    @Override
    public Optional<PricingTable> find(String version) {
        return version == null ? Optional.empty() : Optional.ofNullable(tables.get(version.strip()));
    }

    @Override
    public void save(PricingTable table) {
        Args.required(table, "table");
        tables.put(table.version(), table);
    }
}
