package ru.agentiq.core.interaction;

/**
 * Which pipeline produced an interaction. Metrics never mix sources silently: WB's official API, the third-party
 * fallback feed and demo data are kept apart.
 */
public enum InteractionSource implements WireValue {
    WB_API("wb_api"),
    WBCON_FALLBACK("wbcon_fallback"),
    DEMO("demo");

    private final String wire;

    InteractionSource(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static InteractionSource fromWire(String value) {
        return WireValue.parse(InteractionSource.class, value, "source");
    }
}
