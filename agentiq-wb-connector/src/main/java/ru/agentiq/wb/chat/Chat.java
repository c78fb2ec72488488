package ru.agentiq.wb.chat;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A chat from {@code GET /api/v1/seller/chats}. {@code clientID} was removed in February 2026 (blank before that).
 *
 * @param chatId      chat id
 * @param replySign   signature needed to send a message (refresh it; WB changed its format in 2026)
 * @param clientId    deprecated buyer id; null or blank today
 * @param clientName  the buyer's name
 * @param goodCard    the order the chat is about
 * @param lastMessage the last message
 * @param other       fields this version does not know
 */
public record Chat(@JsonProperty("chatID") @JsonAlias("chatId") String chatId, String replySign,
        @JsonProperty("clientID") @JsonAlias("clientId") String clientId, String clientName, GoodCard goodCard,
        LastMessage lastMessage, @JsonAnySetter Map<String, Object> other) {

    public Chat {
        other = other == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(other));
    }

    /**
     * The last message of a chat.
     *
     * @param text         its text
     * @param addTimestamp when it was added, Unix milliseconds
     */
    public record LastMessage(String text, Long addTimestamp) {
    }
}
