package ru.agentiq.core.interaction;

import java.time.Instant;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * Everything AgentIQ knows about one buyer touch — a review, a question or a chat — except the store-assigned id and
 * timestamps (see {@link Interaction}). This is what ingestion receives and what a re-ingest replaces.
 *
 * <p>Validated on construction: required fields present, texts trimmed (blank becomes absent) and within the seed's
 * column limits, {@code rating} 1..5 and only on reviews, instants truncated to microseconds. Build one with {@link #builder(SellerId, Channel, String)}.
 *
 * @param sellerId       tenant that owns the interaction
 * @param marketplace    marketplace it came from
 * @param channel        review, question or chat
 * @param externalId     the marketplace's id (WB feedback id, question id, chat id); ≤ 255 characters
 * @param customerId     marketplace buyer id when the channel exposes one (chats); ≤ 100; nullable
 * @param orderId        order / product-instance id when known; ≤ 100; nullable
 * @param nmId           WB article number (nmID) as text; ≤ 100; nullable
 * @param productArticle seller's own article (vendor code); ≤ 100; nullable
 * @param subject        one-line title for lists; ≤ 255; nullable
 * @param text           the buyer's text; nullable (a rating-only review has none)
 * @param rating         1..5 stars, reviews only; nullable
 * @param status         workflow state
 * @param priority       queue priority
 * @param needsResponse  whether the seller still owes an answer
 * @param source         pipeline that produced it
 * @param autoResponse   whether the current answer was sent unattended
 * @param occurredAt     when the buyer acted; nullable when the marketplace did not say
 * @param slaDueAt       when the answer is due; nullable when no SLA applies
 * @param extraData      channel metadata (see {@link ExtraData})
 */
public record InteractionData(
        SellerId sellerId,
        Marketplace marketplace,
        Channel channel,
        String externalId,
        String customerId,
        String orderId,
        String nmId,
        String productArticle,
        String subject,
        String text,
        Integer rating,
        InteractionStatus status,
        Priority priority,
        boolean needsResponse,
        InteractionSource source,
        boolean autoResponse,
        Instant occurredAt,
        Instant slaDueAt,
        ExtraData extraData) {

    public static final int MAX_EXTERNAL_ID_LENGTH = 255;
    public static final int MAX_REFERENCE_LENGTH = 100;
    public static final int MAX_SUBJECT_LENGTH = 255;
    /** Generous bound on buyer text (WB caps reviews at a few thousand characters) so one item cannot exhaust memory. */
    public static final int MAX_TEXT_LENGTH = 100_000;

    public InteractionData {
        Checks.required(sellerId, "sellerId");
        Checks.required(marketplace, "marketplace");
        Checks.required(channel, "channel");
        externalId = Checks.requiredText(externalId, "externalId", MAX_EXTERNAL_ID_LENGTH);
        customerId = Checks.optionalText(customerId, "customerId", MAX_REFERENCE_LENGTH);
        orderId = Checks.optionalText(orderId, "orderId", MAX_REFERENCE_LENGTH);
        nmId = Checks.optionalText(nmId, "nmId", MAX_REFERENCE_LENGTH);
        productArticle = Checks.optionalText(productArticle, "productArticle", MAX_REFERENCE_LENGTH);
        subject = Checks.optionalText(subject, "subject", MAX_SUBJECT_LENGTH);
        text = Checks.optionalText(text, "text", MAX_TEXT_LENGTH);
        if (rating != null) {
            Checks.inRange(rating, 1, 5, "rating");
            if (channel != Channel.REVIEW) {
                throw new ValidationException("rating is only allowed on reviews, channel was " + channel.wire());
            }
        }
        Checks.required(status, "status");
        Checks.required(priority, "priority");
        Checks.required(source, "source");
        occurredAt = Checks.micros(occurredAt);
        slaDueAt = Checks.micros(slaDueAt);
        extraData = extraData == null ? ExtraData.EMPTY : extraData;
    }

    /** The identity ingestion deduplicates on. */
    public InteractionKey key() {
        return new InteractionKey(sellerId, marketplace, channel, externalId);
    }

    /**
     * A builder with the seed's defaults: marketplace {@code wb}, status {@code open}, priority {@code normal},
     * needs response, source {@code wb_api}, not an auto-response, empty extra data.
     */
    public static Builder builder(SellerId sellerId, Channel channel, String externalId) {
        return new Builder().sellerId(sellerId).channel(channel).externalId(externalId);
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .sellerId(sellerId).marketplace(marketplace).channel(channel).externalId(externalId)
                .customerId(customerId).orderId(orderId).nmId(nmId).productArticle(productArticle)
                .subject(subject).text(text).rating(rating).status(status).priority(priority)
                .needsResponse(needsResponse).source(source).autoResponse(autoResponse)
                .occurredAt(occurredAt).slaDueAt(slaDueAt).extraData(extraData);
    }

    /** Mutable, single-use builder; {@link #build()} validates. */
    public static final class Builder {
        private SellerId sellerId;
        private Marketplace marketplace = Marketplace.WB;
        private Channel channel;
        private String externalId;
        private String customerId;
        private String orderId;
        private String nmId;
        private String productArticle;
        private String subject;
        private String text;
        private Integer rating;
        private InteractionStatus status = InteractionStatus.OPEN;
        private Priority priority = Priority.NORMAL;
        private boolean needsResponse = true;
        private InteractionSource source = InteractionSource.WB_API;
        private boolean autoResponse;
        private Instant occurredAt;
        private Instant slaDueAt;
        private ExtraData extraData = ExtraData.EMPTY;

        private Builder() {
        }

        public Builder sellerId(SellerId value) {
            this.sellerId = value;
            return this;
        }

        public Builder marketplace(Marketplace value) {
            this.marketplace = value;
            return this;
        }

        public Builder channel(Channel value) {
            this.channel = value;
            return this;
        }

        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        public Builder customerId(String value) {
            this.customerId = value;
            return this;
        }

        public Builder orderId(String value) {
            this.orderId = value;
            return this;
        }

        public Builder nmId(String value) {
            this.nmId = value;
            return this;
        }

        public Builder productArticle(String value) {
            this.productArticle = value;
            return this;
        }

        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        public Builder text(String value) {
            this.text = value;
            return this;
        }

        public Builder rating(Integer value) {
            this.rating = value;
            return this;
        }

        public Builder status(InteractionStatus value) {
            this.status = value;
            return this;
        }

        public Builder priority(Priority value) {
            this.priority = value;
            return this;
        }

        public Builder needsResponse(boolean value) {
            this.needsResponse = value;
            return this;
        }

        public Builder source(InteractionSource value) {
            this.source = value;
            return this;
        }

        public Builder autoResponse(boolean value) {
            this.autoResponse = value;
            return this;
        }

        public Builder occurredAt(Instant value) {
            this.occurredAt = value;
            return this;
        }

        public Builder slaDueAt(Instant value) {
            this.slaDueAt = value;
            return this;
        }

        public Builder extraData(ExtraData value) {
            this.extraData = value;
            return this;
        }

        public InteractionData build() {
            return new InteractionData(sellerId, marketplace, channel, externalId, customerId, orderId, nmId,
                    productArticle, subject, text, rating, status, priority, needsResponse, source, autoResponse,
                    occurredAt, slaDueAt, extraData);
        }
    }
}
