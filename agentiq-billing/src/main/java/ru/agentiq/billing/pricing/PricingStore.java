package ru.agentiq.billing.pricing;

import java.util.List;
import java.util.Optional;

/**
 * Port: where pricing tables live. Implementations must be safe for concurrent use; {@code PricingStoreContract} in
 * this module's test jar is the conformance kit.
 */
public interface PricingStore {

    /** Every stored version, in no particular order. */
    List<PricingTable> tables();

    /**
     * The table of {@code version}, compared trimmed (as {@link PricingTable} stores it); empty for a null or unknown
     * version. Reads a committed table whole, never half of one save and half of another.
     */
    Optional<PricingTable> find(String version);

    /**
     * Inserts {@code table}, or replaces the stored table of the same version whole (aliases it no longer lists are
     * gone). Concurrent saves of one version leave exactly one of the saved tables.
     */
    void save(PricingTable table);
}
