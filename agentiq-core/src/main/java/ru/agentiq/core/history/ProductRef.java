package ru.agentiq.core.history;

import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.ReferenceKind;
import ru.agentiq.core.internal.Checks;

/**
 * A product as the response history is looked up by: WB's nmID or the seller's own article.
 *
 * @param kind  {@link ReferenceKind#NM_ID} or {@link ReferenceKind#PRODUCT_ARTICLE}
 * @param value the reference, trimmed, ≤ {@value InteractionData#MAX_REFERENCE_LENGTH} characters
 */
public record ProductRef(ReferenceKind kind, String value) {

    public ProductRef {
        Checks.required(kind, "kind");
        if (kind != ReferenceKind.NM_ID && kind != ReferenceKind.PRODUCT_ARTICLE) {
            throw new ValidationException("kind must be nm_id or product_article, was " + kind.wire());
        }
        value = Checks.requiredText(value, kind.wire(), InteractionData.MAX_REFERENCE_LENGTH);
    }

    public static ProductRef nmId(String nmId) {
        return new ProductRef(ReferenceKind.NM_ID, nmId);
    }

    public static ProductRef article(String productArticle) {
        return new ProductRef(ReferenceKind.PRODUCT_ARTICLE, productArticle);
    }
}
