package ru.agentiq.core.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.customer.CustomerKey;
import ru.agentiq.core.customer.CustomerProfile;
import ru.agentiq.core.customer.CustomerProfileStore;
import ru.agentiq.core.internal.Checks;

/** Thread-safe {@link CustomerProfileStore} in the heap; updates are atomic per key. */
public final class InMemoryCustomerProfileStore implements CustomerProfileStore {

    private final Map<CustomerKey, CustomerProfile> profiles = new ConcurrentHashMap<>();

    @Override
    public Optional<CustomerProfile> find(CustomerKey key) {
        return Optional.ofNullable(profiles.get(Checks.required(key, "key")));
    }

    @Override
    public void save(CustomerProfile profile) {
        profiles.put(keyOf(profile), profile);
    }

    @Override
    public CustomerProfile update(CustomerKey key, Function<Optional<CustomerProfile>, CustomerProfile> change) {
        Checks.required(key, "key");
        Checks.required(change, "change");
        return profiles.compute(key, (k, stored) -> {
            CustomerProfile changed = Checks.required(change.apply(Optional.ofNullable(stored)), "changed profile");
            if (!k.equals(changed.key())) {
                throw new ValidationException("an update of profile " + k.customerId()
                        + " must keep its key, got " + changed.key());
            }
            return changed;
        });
    }

    private static CustomerKey keyOf(CustomerProfile profile) {
        CustomerKey key = Checks.required(profile, "profile").key();
        if (key == null) {
            throw new ValidationException("anonymous profiles are never stored");
        }
        return key;
    }
}
