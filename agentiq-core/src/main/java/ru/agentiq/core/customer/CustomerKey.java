package ru.agentiq.core.customer;

import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * Identity of a buyer profile: the marketplace's buyer id, within one seller and marketplace.
 *
 * @param sellerId    tenant
 * @param marketplace marketplace the buyer id belongs to
 * @param customerId  the marketplace buyer id; ≤ 100 characters
 */
public record CustomerKey(SellerId sellerId, Marketplace marketplace, String customerId) {

    public CustomerKey {
        Checks.required(sellerId, "sellerId");
        Checks.required(marketplace, "marketplace");
        customerId = Checks.requiredText(customerId, "customerId", InteractionData.MAX_REFERENCE_LENGTH);
    }

    /** The key of the buyer behind {@code data}, or {@code null} when it carries no customer id (anonymous). */
    public static CustomerKey of(InteractionData data) {
        return data.customerId() == null ? null : new CustomerKey(data.sellerId(), data.marketplace(), data.customerId());
    }
}
