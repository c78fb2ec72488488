package ru.agentiq.core.customer;

import java.util.Optional;
import java.util.function.Function;

/**
 * Port: buyer profiles, one per {@link CustomerKey}. Anonymous profiles are never stored. Implementations must be safe
 * for concurrent use.
 */
public interface CustomerProfileStore {

    Optional<CustomerProfile> find(CustomerKey key);

    /**
     * Stores {@code profile}, replacing the one with the same key.
     *
     * @throws ru.agentiq.core.ValidationException when the profile is anonymous
     */
    void save(CustomerProfile profile);

    /**
     * Atomically per key: reads the stored profile, applies {@code change}, stores and returns the result — so two
     * interactions of one buyer ingested at the same time are both counted.
     *
     * @throws ru.agentiq.core.ValidationException when {@code change} returns a profile with a different key
     */
    CustomerProfile update(CustomerKey key, Function<Optional<CustomerProfile>, CustomerProfile> change);
}
