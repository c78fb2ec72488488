package ru.agentiq.app.web;

import java.time.Instant;
import java.util.Map;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;

/** An interaction in the seed's JSON shape (snake_case through the app's naming strategy). */
public record InteractionView(
        long id,
        long sellerId,
        String marketplace,
        String channel,
        String externalId,
        String customerId,
        String orderId,
        String nmId,
        String productArticle,
        String subject,
        String text,
        Integer rating,
        String status,
        String priority,
        boolean needsResponse,
        String source,
        boolean isAutoResponse,
        Instant occurredAt,
        Instant slaDueAt,
        Instant createdAt,
        Instant updatedAt,
        Map<String, Object> extraData) {

    public static InteractionView of(Interaction interaction) {
        InteractionData d = interaction.data();
        return new InteractionView(interaction.id().value(), d.sellerId().value(), d.marketplace().wire(),
                d.channel().wire(), d.externalId(), d.customerId(), d.orderId(), d.nmId(), d.productArticle(),
                d.subject(), d.text(), d.rating(), d.status().wire(), d.priority().wire(), d.needsResponse(),
                d.source().wire(), d.autoResponse(), d.occurredAt(), d.slaDueAt(), interaction.createdAt(),
                interaction.updatedAt(), d.extraData().asMap());
    }
}
