package ru.agentiq.billing.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.agentiq.billing.pricing.PricingStore;
import ru.agentiq.billing.pricing.PricingStoreContract;
import ru.agentiq.billing.pricing.PricingTable;

class InMemoryPricingStoreTest extends PricingStoreContract {

    @Override
    protected PricingStore createStore() {
        return new InMemoryPricingStore(List.of());
    }

    @Test
    void theDefaultStoreStartsWithTheSeedsInitialTable() {
        assertThat(new InMemoryPricingStore().tables()).containsExactly(PricingTable.INITIAL);
    }
}
