package ru.agentiq.core.interaction;

import java.util.Locale;

/**
 * The marketplace an interaction came from. Only Wildberries today; the seed system wrote both {@code wb} and
 * {@code wildberries} for it, so both parse to {@link #WB} and {@code wb} is always written.
 */
public enum Marketplace implements WireValue {
    WB("wb");

    private final String wire;

    Marketplace(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static Marketplace fromWire(String value) {
        if (value != null && value.strip().toLowerCase(Locale.ROOT).equals("wildberries")) {
            return WB;
        }
        return WireValue.parse(Marketplace.class, value, "marketplace");
    }
}
