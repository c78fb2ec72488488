package ru.agentiq.core.promo;

import java.util.EnumSet;
import java.util.Set;
import ru.agentiq.core.interaction.WireValue;

/**
 * Who a promo code may be offered to (the seed's per-code channel flags). Chats are on by default; public reviews are
 * off, because a code printed under a review is visible to everyone.
 */
public enum PromoAudience implements WireValue {
    CHAT_POSITIVE("chat_positive", true),
    CHAT_NEGATIVE("chat_negative", true),
    CHAT_QUESTIONS("chat_questions", true),
    REVIEWS_POSITIVE("reviews_positive", false),
    REVIEWS_NEGATIVE("reviews_negative", false);

    /** The audiences a new code has unless told otherwise. */
    public static final Set<PromoAudience> DEFAULTS = Set.copyOf(EnumSet.of(CHAT_POSITIVE, CHAT_NEGATIVE,
            CHAT_QUESTIONS));

    private final String wire;
    private final boolean onByDefault;

    PromoAudience(String wire, boolean onByDefault) {
        this.wire = wire;
        this.onByDefault = onByDefault;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Whether a new code is offered to this audience unless told otherwise. */
    public boolean onByDefault() {
        return onByDefault;
    }

    public static PromoAudience fromWire(String value) {
        return WireValue.parse(PromoAudience.class, value, "promo channel flag");
    }
}
