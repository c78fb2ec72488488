package ru.agentiq.core.interaction;

import java.util.function.Function;

/** The reference fields of an interaction that tie it to an order, a buyer or a product. */
public enum ReferenceKind implements WireValue {
    ORDER_ID("order_id", InteractionData::orderId),
    CUSTOMER_ID("customer_id", InteractionData::customerId),
    NM_ID("nm_id", InteractionData::nmId),
    PRODUCT_ARTICLE("product_article", InteractionData::productArticle);

    private final String wire;
    private final Function<InteractionData, String> accessor;

    ReferenceKind(String wire, Function<InteractionData, String> accessor) {
        this.wire = wire;
        this.accessor = accessor;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** This reference of {@code data}, or {@code null} when it has none. */
    public String of(InteractionData data) {
        return accessor.apply(data);
    }

    public static ReferenceKind fromWire(String value) {
        return WireValue.parse(ReferenceKind.class, value, "reference");
    }
}
