package ru.agentiq.core.memory;

import ru.agentiq.core.promo.PromoSettingsStore;
import ru.agentiq.core.promo.PromoSettingsStoreContract;

class InMemoryPromoSettingsTest extends PromoSettingsStoreContract {

    @Override
    protected PromoSettingsStore newStore() {
        return new InMemoryPromoSettings();
    }
}
