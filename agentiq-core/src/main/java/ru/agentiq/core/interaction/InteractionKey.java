package ru.agentiq.core.interaction;

import ru.agentiq.core.internal.Checks;

/**
 * Natural identity of an interaction: the same WB feedback, question or chat ingested twice is the same interaction.
 * Ingestion is idempotent on this key.
 */
public record InteractionKey(SellerId sellerId, Marketplace marketplace, Channel channel, String externalId) {
    public InteractionKey {
        Checks.required(sellerId, "sellerId");
        Checks.required(marketplace, "marketplace");
        Checks.required(channel, "channel");
        externalId = Checks.requiredText(externalId, "externalId", InteractionData.MAX_EXTERNAL_ID_LENGTH);
    }
}
