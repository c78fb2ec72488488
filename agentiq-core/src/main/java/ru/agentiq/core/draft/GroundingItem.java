package ru.agentiq.core.draft;

import ru.agentiq.core.interaction.WireValue;
import ru.agentiq.core.internal.Checks;

/**
 * One piece of context a draft was grounded on — the explainability of a draft.
 *
 * @param kind   what sort of context
 * @param detail a short description (which product, how many replies, …)
 */
public record GroundingItem(Kind kind, String detail) {

    /** Sorts of grounding. */
    public enum Kind implements WireValue {
        PRODUCT_CARD("product_card"),
        RESPONSE_HISTORY("response_history"),
        FREQUENT_INTENTS("frequent_intents"),
        CUSTOMER_PROFILE("customer_profile"),
        RATING_INSTRUCTION("rating_instruction"),
        TONE("tone"),
        CHANNEL_RULES("channel_rules"),
        CHAT_HISTORY("chat_history");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }

    public GroundingItem {
        Checks.required(kind, "kind");
        detail = Checks.requiredText(detail, "detail", 300);
    }
}
