package ru.agentiq.core.history;

import java.time.Instant;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.reply.ReplyService;

/**
 * One reply the seller gave: the newest answer to one interaction.
 *
 * @param sellerId       the tenant
 * @param marketplace    where the interaction came from
 * @param interactionId  the interaction answered; a store keeps one record per (seller, interaction)
 * @param channel        review, question or chat
 * @param nmId           WB's nmID; nullable, but this or {@code productArticle} is required
 * @param productArticle the seller's article; nullable
 * @param intent         the interaction's intent ({@code sizing_fit}, …); nullable, ≤ {@value #MAX_INTENT_LENGTH}
 * @param text           the reply, trimmed, ≤ {@value ReplyService#MAX_TEXT_LENGTH} characters
 * @param repliedAt      when it was sent, kept to microseconds (PostgreSQL's precision)
 */
public record ResponseRecord(SellerId sellerId, Marketplace marketplace, InteractionId interactionId, Channel channel,
        String nmId, String productArticle, String intent, String text, Instant repliedAt) {

    public static final int MAX_INTENT_LENGTH = 64;

    public ResponseRecord {
        Checks.required(sellerId, "sellerId");
        Checks.required(marketplace, "marketplace");
        Checks.required(interactionId, "interactionId");
        Checks.required(channel, "channel");
        nmId = Checks.optionalText(nmId, "nmId", InteractionData.MAX_REFERENCE_LENGTH);
        productArticle = Checks.optionalText(productArticle, "productArticle", InteractionData.MAX_REFERENCE_LENGTH);
        if (nmId == null && productArticle == null) {
            throw new ValidationException("nmId or productArticle is required: history is recalled by product");
        }
        intent = Checks.optionalText(intent, "intent", MAX_INTENT_LENGTH);
        text = Checks.requiredText(text, "text", ReplyService.MAX_TEXT_LENGTH);
        repliedAt = Checks.micros(Checks.required(repliedAt, "repliedAt"));
    }

    /** Whether this record is about {@code product}. */
    public boolean isAbout(ProductRef product) {
        return switch (product.kind()) {
            case NM_ID -> product.value().equals(nmId);
            case PRODUCT_ARTICLE -> product.value().equals(productArticle);
            default -> false;
        };
    }
}
