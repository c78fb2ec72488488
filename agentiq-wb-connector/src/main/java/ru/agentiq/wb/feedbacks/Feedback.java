package ru.agentiq.wb.feedbacks;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ru.agentiq.wb.internal.Dates;

/**
 * A WB feedback (review) as the API returns it: every field is optional, unknown fields are kept in {@link #other()},
 * and 64-bit ids stay exact. Dates are kept as WB sent them; {@link #createdAt()} parses leniently.
 *
 * @param id                               feedback id
 * @param text                             the buyer's text
 * @param pros                             "pros" part
 * @param cons                             "cons" part
 * @param productValuation                 rating 1..5
 * @param createdDate                      when it was written (ISO-8601)
 * @param answer                           the seller's answer; null when none
 * @param state                            {@code none} (new) or {@code wbRu} (processed)
 * @param productDetails                   the product
 * @param photoLinks                       photos (webp since 2026-02-05)
 * @param video                            the video; null when none
 * @param wasViewed                        whether the seller has seen it
 * @param userName                         the buyer's display name (a weak signal, never an identity)
 * @param orderStatus                      {@code buyout}, {@code rejected}, {@code returned}, {@code notSpecified}
 * @param matchingSize                     {@code ""}, {@code ok}/{@code ок}, {@code smaller}, {@code bigger}
 * @param ableSupplierFeedbackValuation    whether the seller may report the feedback
 * @param supplierFeedbackValuation        the report reason
 * @param ableSupplierProductValuation     whether the seller may rate the item issue
 * @param supplierProductValuation         the seller's item rating
 * @param ableReturnProductOrders          whether a return may be requested
 * @param returnProductOrdersDate          when a return was requested
 * @param bables                           buyer tags
 * @param lastOrderShkId                   the item instance (64-bit)
 * @param lastOrderCreatedAt               date of purchase
 * @param color                            item colour
 * @param subjectId                        subcategory id
 * @param subjectName                      subcategory name
 * @param parentFeedbackId                 the original feedback when this one is an update
 * @param childFeedbackId                  the update when this one was updated
 * @param other                            fields this version does not know, kept as parsed
 */
public record Feedback(
        String id,
        String text,
        String pros,
        String cons,
        Integer productValuation,
        String createdDate,
        FeedbackAnswer answer,
        String state,
        ProductDetails productDetails,
        List<PhotoLink> photoLinks,
        Video video,
        Boolean wasViewed,
        String userName,
        String orderStatus,
        String matchingSize,
        @JsonProperty("isAbleSupplierFeedbackValuation") Boolean ableSupplierFeedbackValuation,
        Integer supplierFeedbackValuation,
        @JsonProperty("isAbleSupplierProductValuation") Boolean ableSupplierProductValuation,
        Integer supplierProductValuation,
        @JsonProperty("isAbleReturnProductOrders") Boolean ableReturnProductOrders,
        String returnProductOrdersDate,
        List<String> bables,
        Long lastOrderShkId,
        String lastOrderCreatedAt,
        String color,
        Long subjectId,
        String subjectName,
        String parentFeedbackId,
        String childFeedbackId,
        @JsonAnySetter Map<String, Object> other) {

    public Feedback {
        photoLinks = photoLinks == null ? List.of() : List.copyOf(photoLinks);
        bables = bables == null ? List.of() : bables.stream().filter(java.util.Objects::nonNull).toList();
        other = other == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(other));
    }

    /** {@link #createdDate()} as an instant; null when missing or unparseable. */
    public Instant createdAt() {
        return Dates.parse(createdDate);
    }

    /** A photo in two sizes. */
    public record PhotoLink(String fullSize, String miniSize) {
    }

    /** A video: preview image, HLS playlist, duration. */
    public record Video(String previewImage, String link, Integer durationSec) {
    }
}
