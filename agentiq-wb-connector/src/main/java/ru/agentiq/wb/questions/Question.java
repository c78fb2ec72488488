package ru.agentiq.wb.questions;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.time.Instant;
import java.util.Map;
import ru.agentiq.wb.feedbacks.ProductDetails;
import ru.agentiq.wb.internal.Dates;

/**
 * A WB question as the API returns it; every field optional, unknown fields kept in {@link #other()}.
 *
 * @param id             question id
 * @param text           the buyer's question
 * @param createdDate    when it was asked (ISO-8601)
 * @param state          {@code suppliersPortalSynch} (new), {@code wbRu} (answered, shown), {@code none} (rejected)
 * @param answer         the seller's answer; null when none
 * @param productDetails the product
 * @param wasViewed      whether the seller has seen it
 * @param isWarned       WB flagged it as suspicious
 * @param userName       the buyer's display name when WB sends one
 * @param other          fields this version does not know, kept as parsed
 */
public record Question(String id, String text, String createdDate, String state, QuestionAnswer answer,
        ProductDetails productDetails, Boolean wasViewed, Boolean isWarned, String userName,
        @JsonAnySetter Map<String, Object> other) {

    public Question {
        other = other == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(other));
    }

    public Instant createdAt() {
        return Dates.parse(createdDate);
    }

    /**
     * The seller's answer.
     *
     * @param text       answer text
     * @param editable   whether it can still be edited (once, within 60 days)
     * @param createDate when it was given
     */
    public record QuestionAnswer(String text, Boolean editable, String createDate) {
    }
}
