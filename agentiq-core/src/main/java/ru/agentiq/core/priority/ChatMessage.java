package ru.agentiq.core.priority;

import ru.agentiq.core.interaction.WireValue;
import ru.agentiq.core.internal.Checks;

/**
 * One message of a buyer chat, as far as prioritisation cares.
 *
 * @param author who wrote it
 * @param text   what was written (blank allowed: an attachment-only message)
 */
public record ChatMessage(Author author, String text) {

    public ChatMessage {
        Checks.required(author, "author");
        text = text == null ? "" : text;
    }

    public static ChatMessage buyer(String text) {
        return new ChatMessage(Author.BUYER, text);
    }

    public static ChatMessage seller(String text) {
        return new ChatMessage(Author.SELLER, text);
    }

    /** Who wrote a chat message. */
    public enum Author implements WireValue {
        BUYER("buyer"),
        SELLER("seller");

        private final String wire;

        Author(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }

        public static Author fromWire(String value) {
            return WireValue.parse(Author.class, value, "author");
        }
    }
}
