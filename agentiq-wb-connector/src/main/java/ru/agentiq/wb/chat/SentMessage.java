package ru.agentiq.wb.chat;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * WB's answer to a sent message.
 *
 * @param addTime when WB stored it, Unix milliseconds
 * @param chatId  the chat
 * @param sign    the chat's signature (Aug-2026 responses)
 * @param errors  file upload errors, if any
 */
public record SentMessage(Long addTime, @JsonProperty("chatID") @JsonAlias("chatId") String chatId, String sign,
        List<String> errors) {
    public SentMessage {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
