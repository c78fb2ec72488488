package ru.agentiq.cli.json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;

/**
 * Interactions as the seed system's JSON: snake_case field names ({@code seller_id}, {@code needs_response},
 * {@code occurred_at}, …), enum wire values, ISO-8601 instants, {@code extra_data} as an object. Reading accepts the
 * same document, so the output of {@code agentiq demo --json} can be fed back to other subcommands.
 */
public final class InteractionJson {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private InteractionJson() {
    }

    public static ObjectNode toJson(Interaction interaction) {
        InteractionData d = interaction.data();
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", interaction.id().value());
        node.put("seller_id", d.sellerId().value());
        node.put("marketplace", d.marketplace().wire());
        node.put("channel", d.channel().wire());
        node.put("external_id", d.externalId());
        node.put("customer_id", d.customerId());
        node.put("order_id", d.orderId());
        node.put("nm_id", d.nmId());
        node.put("product_article", d.productArticle());
        node.put("subject", d.subject());
        node.put("text", d.text());
        node.put("rating", d.rating());
        node.put("status", d.status().wire());
        node.put("priority", d.priority().wire());
        node.put("needs_response", d.needsResponse());
        node.put("source", d.source().wire());
        node.put("is_auto_response", d.autoResponse());
        node.put("occurred_at", instant(d.occurredAt()));
        node.put("sla_due_at", instant(d.slaDueAt()));
        node.put("created_at", instant(interaction.createdAt()));
        node.put("updated_at", instant(interaction.updatedAt()));
        node.set("extra_data", Json.mapper().valueToTree(d.extraData().asMap()));
        return node;
    }

    /**
     * Reads one interaction in the {@link #toJson(Interaction)} shape.
     *
     * @throws ValidationException naming the offending field when the document is not a valid interaction
     */
    public static Interaction fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new ValidationException("an interaction must be a JSON object");
        }
        InteractionData data = InteractionData.builder(
                        SellerId.of(requiredLong(node, "seller_id")),
                        Channel.fromWire(text(node, "channel")),
                        text(node, "external_id"))
                .marketplace(node.hasNonNull("marketplace") ? Marketplace.fromWire(text(node, "marketplace"))
                        : Marketplace.WB)
                .customerId(text(node, "customer_id"))
                .orderId(text(node, "order_id"))
                .nmId(text(node, "nm_id"))
                .productArticle(text(node, "product_article"))
                .subject(text(node, "subject"))
                .text(text(node, "text"))
                .rating(node.hasNonNull("rating") ? (int) requiredLong(node, "rating") : null)
                .status(node.hasNonNull("status") ? InteractionStatus.fromWire(text(node, "status"))
                        : InteractionStatus.OPEN)
                .priority(node.hasNonNull("priority") ? Priority.fromWire(text(node, "priority")) : Priority.NORMAL)
                .needsResponse(!node.hasNonNull("needs_response") || node.get("needs_response").asBoolean())
                .source(node.hasNonNull("source") ? InteractionSource.fromWire(text(node, "source"))
                        : InteractionSource.WB_API)
                .autoResponse(node.hasNonNull("is_auto_response") && node.get("is_auto_response").asBoolean())
                .occurredAt(instant(node, "occurred_at"))
                .slaDueAt(instant(node, "sla_due_at"))
                .extraData(node.hasNonNull("extra_data")
                        ? ExtraData.of(Json.mapper().convertValue(node.get("extra_data"), MAP)) : ExtraData.EMPTY)
                .build();
        Instant createdAt = instant(node, "created_at");
        if (createdAt == null) {
            createdAt = data.occurredAt() != null ? data.occurredAt() : Instant.EPOCH;
        }
        Instant updatedAt = instant(node, "updated_at");
        return new Interaction(InteractionId.of(requiredLong(node, "id")), data, createdAt,
                updatedAt == null ? createdAt : updatedAt);
    }

    private static String instant(Instant value) {
        return value == null ? null : value.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new ValidationException(field + " must be a string");
        }
        return value.asText();
    }

    private static long requiredLong(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ValidationException(field + " is required");
        }
        if (value.canConvertToExactIntegral() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText().strip());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new ValidationException(field + " must be an integer, was " + value);
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field + " must be an ISO-8601 instant, was '" + value + "'");
        }
    }
}
