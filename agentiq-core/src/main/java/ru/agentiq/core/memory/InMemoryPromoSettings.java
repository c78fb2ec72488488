package ru.agentiq.core.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.promo.PromoSettings;
import ru.agentiq.core.promo.PromoSettingsStore;

/** Thread-safe per-seller {@link PromoSettings} in the heap; sellers without any get the defaults. */
public final class InMemoryPromoSettings implements PromoSettingsStore {

    private final Map<SellerId, PromoSettings> bySeller = new ConcurrentHashMap<>();

    @Override
    public PromoSettings settings(SellerId sellerId) {
        return bySeller.getOrDefault(Checks.required(sellerId, "sellerId"), PromoSettings.defaults());
    }

    @Override
    public void put(SellerId sellerId, PromoSettings settings) {
        bySeller.put(Checks.required(sellerId, "sellerId"), Checks.required(settings, "settings"));
    }

    @Override
    public void reset(SellerId sellerId) {
        bySeller.remove(Checks.required(sellerId, "sellerId"));
    }
}
