package ru.agentiq.wb.normalize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.sync.FeedItem;
import ru.agentiq.wb.chat.Chat;
import ru.agentiq.wb.chat.ChatEvent;
import ru.agentiq.wb.chat.GoodCard;
import ru.agentiq.wb.feedbacks.Feedback;
import ru.agentiq.wb.feedbacks.ProductDetails;
import ru.agentiq.wb.internal.Dates;
import ru.agentiq.wb.questions.Question;

/**
 * Turns WB items into {@link InteractionData} ({@code marketplace=wb}, {@code source=wb_api}). Priority is left at
 * {@code normal} (or {@code low} when no answer is owed) for the prioritisation step of the sync to decide; the buyer's
 * name is kept only as extra data (a weak signal, never an identity). Stateless and thread-safe.
 *
 * <ul>
 *   <li>Review: text = buyer text, then {@code Плюсы: …}, then {@code Минусы: …} (non-empty parts, one per line);
 *       needs a response unless the text is empty (rating only), WB shows an answer, the feedback is processed
 *       ({@code state=wbRu}) or it came from the answered listing.</li>
 *   <li>Question: needs a response unless it has an answer text, was rejected by the seller ({@code state=none}) or
 *       came from the answered listing.</li>
 *   <li>Chat (list): the last message; needs a response (the buyer always opens a chat) — the event stream corrects it.
 *       Chat events: one item per chat with its newest event; a buyer message needs a response, a seller message
 *       does not, WB's own messages change nothing.</li>
 * </ul>
 */
public final class WbNormalizer {

    public InteractionData feedback(SellerId sellerId, Feedback f, boolean answeredListing) {
        String text = joinLines(f.text(), prefixed("Плюсы: ", f.pros()), prefixed("Минусы: ", f.cons()));
        Integer rating = f.productValuation() != null && f.productValuation() >= 1 && f.productValuation() <= 5
                ? f.productValuation() : null;
        String answerText = f.answer() != null ? blankToNull(f.answer().text())
                : blankToNull(string(f.other().get("answerText")));
        boolean processed = "wbRu".equalsIgnoreCase(blankToNull(f.state()));
        boolean needsResponse = text != null && answerText == null && !processed && !answeredListing;
        ProductDetails product = f.productDetails();
        String productName = product == null ? null : blankToNull(product.productName());

        Map<String, Object> extra = new LinkedHashMap<>(48);
        put(extra, "wb_feedback_id", f.id());
        put(extra, "user_name", blankToNull(f.userName()));
        put(extra, "answer_state", f.answer() == null ? blankToNull(f.state()) : blankToNull(f.answer().state()));
        put(extra, "was_viewed", f.wasViewed());
        put(extra, "wb_answer_text", answerText);
        if (f.answer() != null) {
            put(extra, "answer_editable", f.answer().editable());
        }
        // what the inbox, linking and drafts use; the typed Feedback keeps everything else
        put(extra, "product_name", productName);
        put(extra, "order_status", blankToNull(f.orderStatus()));
        put(extra, "matching_size", blankToNull(f.matchingSize()));
        put(extra, "last_order_shk_id", f.lastOrderShkId());
        if (!f.photoLinks().isEmpty()) {
            extra.put("photo_count", f.photoLinks().size());
        }
        if (f.video() != null && blankToNull(f.video().link()) != null) {
            extra.put("has_video", true);
        }
        if (!f.bables().isEmpty()) {
            extra.put("bables", f.bables());
        }
        put(extra, "parent_feedback_id", blankToNull(f.parentFeedbackId()));
        put(extra, "child_feedback_id", blankToNull(f.childFeedbackId()));
        put(extra, "is_able_return_product_orders", f.ableReturnProductOrders());
        if (answerText != null) {
            confirmedReply(extra, answerText);
        }
        String subject = (rating == null ? "Отзыв" : "Отзыв " + rating + "★")
                + (productName == null ? "" : " · " + productName);
        return InteractionData.builder(sellerId, Channel.REVIEW, f.id())
                .marketplace(Marketplace.WB)
                .nmId(product == null || product.nmId() == null || product.nmId() == 0 ? null
                        : Long.toString(product.nmId()))
                .productArticle(product == null ? null : blankToNull(product.supplierArticle()))
                .subject(truncate(subject, InteractionData.MAX_SUBJECT_LENGTH))
                .text(text)
                .rating(rating)
                .status(needsResponse ? InteractionStatus.OPEN : InteractionStatus.RESPONDED)
                .priority(needsResponse ? Priority.NORMAL : Priority.LOW)
                .needsResponse(needsResponse)
                .source(InteractionSource.WB_API)
                .occurredAt(f.createdAt())
                .extraData(ExtraData.of(extra))
                .build();
    }

    public InteractionData question(SellerId sellerId, Question q, boolean answeredListing) {
        String answerText = q.answer() == null ? null : blankToNull(q.answer().text());
        String state = blankToNull(q.state());
        boolean rejected = "none".equalsIgnoreCase(state);
        boolean needsResponse = answerText == null && !rejected && !answeredListing;
        ProductDetails product = q.productDetails();
        String productName = product == null ? null : blankToNull(product.productName());
        Map<String, Object> extra = new LinkedHashMap<>(48);
        put(extra, "state", state);
        put(extra, "was_viewed", q.wasViewed());
        put(extra, "is_warned", q.isWarned());
        put(extra, "user_name", blankToNull(q.userName()));
        put(extra, "product_name", productName);
        if (product != null) {
            put(extra, "brand_name", blankToNull(product.brandName()));
        }
        if (q.answer() != null) {
            put(extra, "answer_editable", q.answer().editable());
            put(extra, "answer_create_date", blankToNull(q.answer().createDate()));
            put(extra, "wb_answer_created_at", instant(Dates.parse(q.answer().createDate())));
        }
        put(extra, "wb_answer_text", answerText);
        if (answerText != null) {
            confirmedReply(extra, answerText);
            put(extra, "last_reply_at", instant(q.answer() == null ? null : Dates.parse(q.answer().createDate())));
        }
        String subject = "Вопрос по товару" + (productName == null ? "" : " · " + productName);
        return InteractionData.builder(sellerId, Channel.QUESTION, q.id())
                .nmId(product == null || product.nmId() == null || product.nmId() == 0 ? null
                        : Long.toString(product.nmId()))
                .productArticle(product == null ? null : blankToNull(product.supplierArticle()))
                .subject(truncate(subject, InteractionData.MAX_SUBJECT_LENGTH))
                .text(q.text())
                .status(needsResponse ? InteractionStatus.OPEN : InteractionStatus.RESPONDED)
                .priority(needsResponse ? Priority.NORMAL : Priority.LOW)
                .needsResponse(needsResponse)
                .source(InteractionSource.WB_API)
                .occurredAt(q.createdAt())
                .extraData(ExtraData.of(extra))
                .build();
    }

    /** A chat from the chat list: partial (the sender of the last message is unknown). */
    public InteractionData chat(SellerId sellerId, Chat chat) {
        Map<String, Object> extra = new LinkedHashMap<>(48);
        put(extra, "chat_id", chat.chatId());
        put(extra, "reply_sign", blankToNull(chat.replySign()));
        put(extra, "customer_name", blankToNull(chat.clientName()));
        put(extra, "client_id", blankToNull(chat.clientId()));
        goodCard(extra, chat.goodCard());
        extra.put("source_mode", "wb_chat_list");
        Instant at = chat.lastMessage() == null ? null : Dates.ofMillis(chat.lastMessage().addTimestamp());
        GoodCard card = chat.goodCard();
        return InteractionData.builder(sellerId, Channel.CHAT, chat.chatId())
                .customerId(blankToNull(chat.clientId()))
                .orderId(card == null ? null : blankToNull(card.rid()))
                .nmId(card == null || card.nmId() == null || card.nmId() == 0 ? null : Long.toString(card.nmId()))
                .subject(chatSubject(chat.clientName(), card))
                .text(chat.lastMessage() == null ? null : chat.lastMessage().text())
                .occurredAt(at)
                .needsResponse(true)
                .status(InteractionStatus.OPEN)
                .extraData(ExtraData.of(extra))
                .build();
    }

    /** One partial item per chat, from its newest event in {@code events} (order of first appearance kept). */
    public List<FeedItem> events(SellerId sellerId, List<ChatEvent> events) {
        Map<String, ChatEvent> latest = new LinkedHashMap<>();
        Map<String, ChatEvent> opening = new LinkedHashMap<>();
        List<FeedItem> items = new ArrayList<>();
        for (ChatEvent event : events) {
            String chatId = blankToNull(event.chatId());
            if (chatId == null) {
                items.add(FeedItem.rejected(event.eventId(), "chat event without chatID"));
                continue;
            }
            if (Boolean.TRUE.equals(event.isNewChat()) || blankToNull(event.replySign()) != null) {
                opening.put(chatId, event);
            }
            if ("wb".equalsIgnoreCase(event.sender()) && latest.containsKey(chatId)) {
                continue;
            }
            ChatEvent current = latest.get(chatId);
            if (current == null || timestamp(event) >= timestamp(current)) {
                latest.put(chatId, event);
            }
        }
        for (Map.Entry<String, ChatEvent> entry : latest.entrySet()) {
            try {
                items.add(FeedItem.of(event(sellerId, entry.getValue(), opening.get(entry.getKey()))));
            } catch (RuntimeException e) {
                items.add(FeedItem.rejected(entry.getKey(), "could not normalise chat event: " + e.getMessage()));
            }
        }
        return items;
    }

    private InteractionData event(SellerId sellerId, ChatEvent event, ChatEvent opening) {
        String sender = blankToNull(event.sender());
        boolean fromBuyer = sender == null || "client".equalsIgnoreCase(sender);
        boolean fromSeller = "seller".equalsIgnoreCase(sender);
        GoodCard card = event.message() == null || event.message().attachments() == null ? null
                : event.message().attachments().goodCard();
        Map<String, Object> extra = new LinkedHashMap<>(48);
        put(extra, "chat_id", event.chatId());
        put(extra, "customer_name", blankToNull(event.clientName()));
        put(extra, "client_id", blankToNull(event.clientId()));
        if (opening != null) {
            put(extra, "reply_sign", blankToNull(opening.replySign()));
            extra.put("is_new_chat", true);
        }
        goodCard(extra, card);
        put(extra, "last_event_id", blankToNull(event.eventId()));
        put(extra, "last_sender", sender);
        put(extra, "last_message_source", blankToNull(event.source()));
        extra.put("source_mode", "wb_events");
        if (fromSeller) {
            put(extra, "last_reply_text", truncate(messageText(event), 500));
            extra.put("last_reply_source", "wb_api");
            put(extra, "last_reply_at", instant(eventTime(event)));
            extra.put("wb_sync_state", "confirmed");
        }
        boolean needsResponse = fromBuyer;
        return InteractionData.builder(sellerId, Channel.CHAT, event.chatId())
                .customerId(blankToNull(event.clientId()))
                .orderId(card == null ? null : blankToNull(card.rid()))
                .nmId(card == null || card.nmId() == null || card.nmId() == 0 ? null : Long.toString(card.nmId()))
                .subject(chatSubject(event.clientName(), card))
                .text(messageText(event))
                .occurredAt(eventTime(event))
                .needsResponse(needsResponse)
                .status(needsResponse ? InteractionStatus.OPEN : InteractionStatus.RESPONDED)
                .priority(needsResponse ? Priority.NORMAL : Priority.LOW)
                .extraData(ExtraData.of(extra))
                .build();
    }

    /** The message text, or a placeholder naming its attachments when it has no text. */
    static String messageText(ChatEvent event) {
        if (event.message() == null) {
            return null;
        }
        String text = blankToNull(event.message().text());
        if (text != null || event.message().attachments() == null) {
            return text;
        }
        int images = event.message().attachments().images().size();
        int files = event.message().attachments().files().size();
        if (images == 1 && files == 0) {
            return "[Изображение]";
        }
        if (images > 1 && files == 0) {
            return "[" + images + " изображений]";
        }
        if (files > 0) {
            return images + files == 1 ? "[Файл]" : "[" + (images + files) + " вложений]";
        }
        return null;
    }

    private static Instant eventTime(ChatEvent event) {
        Instant at = Dates.ofMillis(event.addTimestamp());
        return at != null ? at : Dates.parse(event.addTime());
    }

    private static long timestamp(ChatEvent event) {
        Instant at = eventTime(event);
        return at == null ? Long.MIN_VALUE : at.toEpochMilli();
    }

    private static void goodCard(Map<String, Object> extra, GoodCard card) {
        if (card == null) {
            return;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "nm_id", card.nmId() == null || card.nmId() == 0 ? null : card.nmId());
        put(map, "price", card.price() == null || card.price() == 0 ? null : card.price());
        put(map, "price_currency", blankToNull(card.priceCurrency()));
        put(map, "rid", blankToNull(card.rid()));
        put(map, "size", blankToNull(card.size()));
        put(map, "name", blankToNull(card.name()));
        if (!map.isEmpty()) {
            extra.put("good_card", map);
        }
        if (blankToNull(card.name()) != null) {
            extra.put("product_name", card.name().strip());
        }
    }

    private static String chatSubject(String clientName, GoodCard card) {
        String subject = "Чат с покупателем";
        if (blankToNull(clientName) != null) {
            subject += " · " + clientName.strip();
        }
        if (card != null && blankToNull(card.name()) != null) {
            subject += " · " + card.name().strip();
        }
        return truncate(subject, InteractionData.MAX_SUBJECT_LENGTH);
    }

    private static void confirmedReply(Map<String, Object> extra, String answerText) {
        extra.put("last_reply_text", truncate(answerText, 500));
        extra.put("last_reply_source", "wb_api");
        extra.put("wb_sync_state", "confirmed");
    }

    private static String joinLines(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            String value = blankToNull(part);
            if (value != null) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(value);
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static String prefixed(String prefix, String value) {
        String v = blankToNull(value);
        return v == null ? null : prefix + v;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String string(Object value) {
        return value instanceof String s ? s : null;
    }

    static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }
}
