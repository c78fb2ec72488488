package ru.agentiq.core.timeline;

import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.WireValue;

/** What ties a thread together, strongest available first (seed §d.4). */
public enum ThreadScope implements WireValue {
    /** The anchor has an order id: the order's touches, the buyer's, and the product's nearby ones. */
    CUSTOMER_ORDER("customer_order"),
    /** No order id but a customer id: the buyer's touches and the product's nearby ones. */
    CUSTOMER("customer"),
    /** Only a product (nmID or article): the product's touches within the product window. */
    PRODUCT("product"),
    /** Nothing to link by: the interaction alone. */
    SINGLE("single");

    private final String wire;

    ThreadScope(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The scope of a thread anchored at {@code anchor}. */
    public static ThreadScope of(InteractionData anchor) {
        if (anchor.orderId() != null) {
            return CUSTOMER_ORDER;
        }
        if (anchor.customerId() != null) {
            return CUSTOMER;
        }
        return anchor.nmId() != null || anchor.productArticle() != null ? PRODUCT : SINGLE;
    }

    public static ThreadScope fromWire(String value) {
        return WireValue.parse(ThreadScope.class, value, "thread_scope");
    }
}
