package ru.agentiq.core.priority;

import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.WireValue;

/** What a buyer chat is about, with the seed's default priority and SLA target (§b.3); sellers may override them. */
public enum ChatIntent implements WireValue {
    DEFECT_NOT_WORKING("defect_not_working", Priority.URGENT, 30),
    WRONG_ITEM("wrong_item", Priority.URGENT, 30),
    DELIVERY_DELAY("delivery_delay", Priority.HIGH, 60),
    CANCEL_REQUEST("cancel_request", Priority.HIGH, 60),
    REFUND_EXCHANGE("refund_exchange", Priority.NORMAL, 240),
    DELIVERY_STATUS("delivery_status", Priority.NORMAL, 240),
    QUALITY_COMPLAINT("quality_complaint", Priority.NORMAL, 240),
    OTHER("other", Priority.NORMAL, 240),
    USAGE_HOWTO("usage_howto", Priority.LOW, 1440),
    PRODUCT_SPEC("product_spec", Priority.LOW, 1440),
    THANKS("thanks", Priority.LOW, 1440),
    PRE_PURCHASE("pre_purchase", Priority.HIGH, 5),
    SIZING_FIT("sizing_fit", Priority.HIGH, 5),
    AVAILABILITY("availability", Priority.HIGH, 5),
    COMPATIBILITY("compatibility", Priority.HIGH, 5);

    private final String wire;
    private final IntentSla defaultSla;

    ChatIntent(String wire, Priority priority, int slaMinutes) {
        this.wire = wire;
        this.defaultSla = new IntentSla(priority, slaMinutes);
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The seed's default priority and SLA target. */
    public IntentSla defaultSla() {
        return defaultSla;
    }

    public static ChatIntent fromWire(String value) {
        return WireValue.parse(ChatIntent.class, value, "chat intent");
    }
}
