package ru.agentiq.billing.pricing;

import java.util.List;
import java.util.Optional;

/** Port: where pricing tables live. Implementations must be safe for concurrent use. */
public interface PricingStore {

    /** Every stored version, in no particular order. */
    List<PricingTable> tables();

    /** The table of {@code version}. */
    Optional<PricingTable> find(String version);

    /** Inserts {@code table}, or replaces the stored table of the same version. */
    void save(PricingTable table);
}
