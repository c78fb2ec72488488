package ru.agentiq.wb.feedbacks;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/**
 * The product a feedback or question is about. Every field is optional.
 *
 * @param nmId            WB article (nmID)
 * @param imtId           merged-card id
 * @param productName     product name
 * @param supplierArticle the seller's own article (vendor code)
 * @param supplierName    seller name
 * @param brandName       brand
 * @param size            size ({@code techSize})
 * @param other           fields this version does not know, kept as parsed
 */
public record ProductDetails(Long nmId, Long imtId, String productName, String supplierArticle, String supplierName,
        String brandName, String size, @JsonAnySetter Map<String, Object> other) {
    public ProductDetails {
        other = other == null ? Map.of() : Map.copyOf(other);
    }
}
