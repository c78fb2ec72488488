package ru.agentiq.wb.chat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.wb.WbApiException;
import ru.agentiq.wb.WbValidationException;
import ru.agentiq.wb.auth.ApiCategory;
import ru.agentiq.wb.internal.WbCall;
import ru.agentiq.wb.internal.WbJson;
import ru.agentiq.wb.internal.WbResponse;
import ru.agentiq.wb.internal.WbSession;

/**
 * The WB Buyers-Chat API for one seller. Thread-safe. Chats, events and messages share one budget (10 per 10 s,
 * burst 10); downloads have their own.
 */
public final class ChatClient {

    /** WB's limit on a message. */
    public static final int MAX_MESSAGE_LENGTH = 1_000;
    public static final int MAX_REPLY_SIGN_LENGTH = 255;

    private static final JavaType CHATS = WbJson.mapper().getTypeFactory()
            .constructCollectionType(List.class, Chat.class);
    private static final JavaType EVENTS = WbJson.mapper().constructType(EventsPage.class);
    private static final JavaType SENT = WbJson.mapper().constructType(SentMessage.class);

    private final WbSession session;

    public ChatClient(WbSession session) {
        this.session = Checks.required(session, "session");
    }

    /** {@code GET /api/v1/seller/chats}: every chat of the seller (WB does not page it). */
    public List<Chat> chats() {
        WbResponse response = session.execute(get("/api/v1/seller/chats", Map.of()));
        JsonNode result = result(response);
        List<Chat> chats = read(response, result, CHATS);
        return chats == null ? List.of() : chats.stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * {@code GET /api/v1/seller/events}: the page after {@code next} (Unix ms; null for the first call). WB rejects
     * {@code next=0}, so zero and negative values are treated as absent.
     */
    public EventsPage events(Long next) {
        Map<String, Object> query = next == null || next <= 0 ? Map.of() : Map.of("next", next);
        WbResponse response = session.execute(get("/api/v1/seller/events", query));
        EventsPage page = read(response, result(response), EVENTS);
        return page == null ? new EventsPage(null, null, null, 0, List.of()) : page;
    }

    /** Sends a text message. */
    public SentMessage send(String replySign, String message) {
        return send(replySign, message, List.of());
    }

    /**
     * {@code POST /api/v1/seller/message} (multipart): a message of at most {@value #MAX_MESSAGE_LENGTH} characters
     * and/or files.
     *
     * @throws ValidationException before any call when the message is too long, the signature is missing or the
     *                             files exceed 30 MB
     */
    public SentMessage send(String replySign, String message, List<Attachment> files) {
        String sign = Checks.requiredText(replySign, "replySign", MAX_REPLY_SIGN_LENGTH);
        String text = message == null ? null : message.strip();
        List<Attachment> attachments = files == null ? List.of() : List.copyOf(files);
        if ((text == null || text.isEmpty()) && attachments.isEmpty()) {
            throw new ValidationException("a chat message needs text or at least one file");
        }
        if (text != null && text.length() > MAX_MESSAGE_LENGTH) {
            throw new ValidationException("message must be at most " + MAX_MESSAGE_LENGTH + " characters, was "
                    + text.length());
        }
        long total = attachments.stream().mapToLong(a -> a.content().length).sum();
        if (total > Attachment.MAX_TOTAL_BYTES) {
            throw new ValidationException("attachments must total at most 30 MB, were " + total + " bytes");
        }
        String boundary = "agentiq-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "replySign", null, null, sign.getBytes(StandardCharsets.UTF_8));
        if (text != null && !text.isEmpty()) {
            part(body, boundary, "message", null, null, text.getBytes(StandardCharsets.UTF_8));
        }
        for (Attachment file : attachments) {
            part(body, boundary, "file", file.name(), file.contentType(), file.content());
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        WbCall call = new WbCall(ApiCategory.CHAT, "POST", session.http().config().chatBaseUri(),
                "/api/v1/seller/message", Map.of(), HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                "multipart/form-data; boundary=" + boundary, true);
        WbResponse response = session.execute(call);
        JsonNode root = WbSession.tree(response);
        JsonNode result = root.get("result");
        List<String> errors = new java.util.ArrayList<>();
        root.path("errors").forEach(e -> errors.add(e.asText()));
        if (result == null || result.isNull()) {
            String reason = errors.isEmpty() ? "no result" : String.join("; ", errors);
            throw new WbValidationException("WB did not accept the message: " + reason, reason, response.status(),
                    response.endpoint(), response.headerRequestId());
        }
        SentMessage sent = read(response, result, SENT);
        return new SentMessage(sent.addTime(), sent.chatId(), sent.sign(), errors);
    }

    /** {@code GET /api/v1/seller/download/{id}}: the file, or that it is pending moderation (202) or blocked (451). */
    public Download download(String downloadId) {
        String id = Checks.requiredText(downloadId, "downloadId", 500);
        WbCall call = WbCall.get(ApiCategory.CHAT_DOWNLOAD, session.http().config().chatBaseUri(),
                "/api/v1/seller/download/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8)
                        .replace("+", "%20"), Map.of());
        WbResponse response;
        try {
            response = session.execute(call);
        } catch (WbApiException e) {
            if (e.status() == 451) {
                return new Download(Download.State.BLOCKED, null, null, null);
            }
            throw e;
        }
        if (response.status() == 202) {
            JsonNode node = WbSession.tree(response);
            int retry = node.path("retrySeconds").asInt(30);
            return new Download(Download.State.PENDING_MODERATION, null, null, retry);
        }
        return new Download(Download.State.READY,
                response.headers().firstValue("Content-Type").orElse("application/octet-stream"), response.body(),
                null);
    }

    private static JsonNode result(WbResponse response) {
        JsonNode root = WbSession.tree(response);
        if (!root.isObject()) {
            throw WbSession.malformed(response, "a JSON object", null);
        }
        JsonNode errors = root.get("errors");
        JsonNode result = root.get("result");
        if ((result == null || result.isNull()) && errors != null && errors.isArray() && !errors.isEmpty()) {
            String reason = errors.get(0).asText();
            throw new WbValidationException("WB rejected " + response.endpoint() + ": " + reason, reason,
                    response.status(), response.endpoint(), response.headerRequestId());
        }
        return result;
    }

    private static <T> T read(WbResponse response, JsonNode node, JavaType type) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return WbJson.mapper().readerFor(type).readValue(node);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw WbSession.malformed(response, "a result of the documented shape", e);
        }
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String fileName,
            String contentType, byte[] content) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append('"');
        if (fileName != null) {
            head.append("; filename=\"").append(fileName.replace("\"", "'")).append('"');
        }
        head.append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private WbCall get(String path, Map<String, Object> query) {
        return WbCall.get(ApiCategory.CHAT, session.http().config().chatBaseUri(), path, query);
    }
}
