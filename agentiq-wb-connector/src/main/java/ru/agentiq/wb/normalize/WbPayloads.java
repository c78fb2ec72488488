package ru.agentiq.wb.normalize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.sync.FeedItem;
import ru.agentiq.wb.WbMalformedResponseException;
import ru.agentiq.wb.WbValidationException;
import ru.agentiq.wb.chat.Chat;
import ru.agentiq.wb.chat.ChatEvent;
import ru.agentiq.wb.feedbacks.Feedback;
import ru.agentiq.wb.internal.WbJson;
import ru.agentiq.wb.questions.Question;

/**
 * Whole WB payloads (as saved from a response) → feed items: what {@code agentiq wb normalize} prints and what the
 * contract tests feed through the normaliser. A WB error body raises {@link WbValidationException}; a body that is
 * not JSON of the expected shape raises {@link WbMalformedResponseException}.
 */
public final class WbPayloads {

    private static final ObjectReader FEEDBACK = WbJson.mapper().readerFor(Feedback.class);
    private static final ObjectReader QUESTION = WbJson.mapper().readerFor(Question.class);
    private static final ObjectReader CHAT = WbJson.mapper().readerFor(Chat.class);
    private static final ObjectReader EVENT = WbJson.mapper().readerFor(ChatEvent.class);

    private final WbNormalizer normalizer;

    public WbPayloads(WbNormalizer normalizer) {
        this.normalizer = Checks.required(normalizer, "normalizer");
    }

    /** Normalises a payload of {@code kind}; listings are treated as the unanswered listing. */
    public List<FeedItem> normalize(SellerId sellerId, PayloadKind kind, byte[] payload) {
        Checks.required(sellerId, "sellerId");
        Checks.required(kind, "kind");
        JsonNode root = parse(payload);
        rejectErrorBody(root);
        return switch (kind) {
            case FEEDBACKS -> each(array(data(root).get("feedbacks"), "data.feedbacks"), node -> normalizer
                    .feedback(sellerId, read(FEEDBACK, node), false));
            case FEEDBACK -> each(List.of(object(data(root), "data")), node -> normalizer
                    .feedback(sellerId, read(FEEDBACK, node), false));
            case QUESTIONS -> each(array(data(root).get("questions"), "data.questions"), node -> normalizer
                    .question(sellerId, read(QUESTION, node), false));
            case QUESTION -> each(List.of(object(data(root), "data")), node -> normalizer
                    .question(sellerId, read(QUESTION, node), false));
            case CHATS -> each(array(root.get("result"), "result"), node -> normalizer
                    .chat(sellerId, read(CHAT, node)));
            case EVENTS -> {
                List<ChatEvent> events = new ArrayList<>();
                for (JsonNode node : array(object(root.get("result"), "result").get("events"), "result.events")) {
                    events.add(read(EVENT, node));
                }
                yield normalizer.events(sellerId, events);
            }
        };
    }

    private interface Mapping {
        ru.agentiq.core.interaction.InteractionData apply(JsonNode node);
    }

    private static List<FeedItem> each(List<JsonNode> nodes, Mapping mapping) {
        List<FeedItem> items = new ArrayList<>(nodes.size());
        for (JsonNode node : nodes) {
            try {
                items.add(FeedItem.of(mapping.apply(node)));
            } catch (RuntimeException e) {
                items.add(FeedItem.rejected(WbJson.text(node, "id"), e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        return items;
    }

    private static JsonNode parse(byte[] payload) {
        try {
            JsonNode node = payload == null || payload.length == 0 ? null : WbJson.mapper().readTree(payload);
            if (node == null || node.isMissingNode()) {
                throw malformed("the payload is empty", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw malformed("the payload is not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        } catch (IOException e) {
            throw malformed("the payload could not be read: " + e.getMessage(), e);
        }
    }

    /** WB's error shapes: the F&amp;Q envelope with {@code error:true}, problem details, chat {@code errors}. */
    static void rejectErrorBody(JsonNode root) {
        if (!root.isObject()) {
            return;
        }
        String requestId = WbJson.text(root, "requestId");
        String reason = null;
        if (root.path("error").asBoolean(false)) {
            reason = WbJson.text(root, "errorText");
        } else if (root.has("title") && (root.has("detail") || root.has("status")) && !root.has("data")
                && !root.has("result")) {
            reason = WbJson.text(root, "detail") != null ? WbJson.text(root, "detail") : WbJson.text(root, "title");
        } else if (root.has("errors") && root.get("errors").isArray() && !root.get("errors").isEmpty()
                && (root.get("result") == null || root.get("result").isNull())) {
            reason = root.get("errors").get(0).asText();
        }
        if (reason != null || root.path("error").asBoolean(false)) {
            String text = reason == null ? "no reason given" : reason;
            throw new WbValidationException("the payload is a WB error response: " + text
                    + (requestId == null ? "" : " (request id " + requestId + ")"), text, 0, null, requestId);
        }
    }

    private static JsonNode data(JsonNode root) {
        return object(root.get("data"), "data");
    }

    private static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw malformed("the payload has no object at " + path, null);
        }
        return node;
    }

    private static List<JsonNode> array(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw malformed("the payload has no array at " + path, null);
        }
        List<JsonNode> nodes = new ArrayList<>(node.size());
        node.forEach(nodes::add);
        return nodes;
    }

    private static <T> T read(ObjectReader reader, JsonNode node) {
        try {
            return reader.readValue(node);
        } catch (IOException e) {
            throw new IllegalArgumentException("item of an unexpected shape: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    private static WbMalformedResponseException malformed(String message, Throwable cause) {
        return new WbMalformedResponseException(message, 0, null, null, cause);
    }
}
