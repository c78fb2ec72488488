package ru.agentiq.wb.chat;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One event of {@code GET /api/v1/seller/events}: a message in a chat. Some events carry no {@code message} and no
 * {@code source}.
 *
 * @param chatId       chat id
 * @param eventId      event id
 * @param eventType    {@code message} (older specs also had {@code refund})
 * @param isNewChat    whether this event opened the chat (then {@code replySign} is set)
 * @param message      the message; nullable
 * @param source       where it was sent from ({@code seller-portal}, {@code rusite}, {@code ios}, …)
 * @param addTimestamp when it arrived, Unix milliseconds
 * @param addTime      the same as a UTC string
 * @param replySign    the chat's signature (new chats only)
 * @param sender       {@code client}, {@code seller} or {@code wb}
 * @param clientId     deprecated buyer id
 * @param clientName   the buyer's name
 * @param other        fields this version does not know
 */
public record ChatEvent(@JsonProperty("chatID") @JsonAlias("chatId") String chatId,
        @JsonProperty("eventID") @JsonAlias("eventId") String eventId, String eventType, Boolean isNewChat,
        Message message, String source, Long addTimestamp, String addTime, String replySign, String sender,
        @JsonProperty("clientID") @JsonAlias("clientId") String clientId, String clientName,
        @JsonAnySetter Map<String, Object> other) {

    public ChatEvent {
        other = other == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(other));
    }

    /**
     * A message: text and attachments.
     *
     * @param text        text; nullable
     * @param attachments attachments; nullable
     */
    public record Message(String text, Attachments attachments) {
    }

    /**
     * Attachments of a message.
     *
     * @param goodCard the product the message is about
     * @param files    files (pdf, …)
     * @param images   images
     */
    public record Attachments(GoodCard goodCard, List<FileRef> files, List<ImageRef> images) {
        public Attachments {
            files = files == null ? List.of() : List.copyOf(files);
            images = images == null ? List.of() : List.copyOf(images);
        }
    }

    /** A file attachment; {@code downloadId} goes to {@link ChatClient#download(String)}. */
    public record FileRef(String contentType, String date, @JsonProperty("downloadID") @JsonAlias("downloadId")
            String downloadId, String name, String url, Long size) {
    }

    /** An image attachment. */
    public record ImageRef(String date, @JsonProperty("downloadID") @JsonAlias("downloadId") String downloadId,
            String url) {
    }
}
