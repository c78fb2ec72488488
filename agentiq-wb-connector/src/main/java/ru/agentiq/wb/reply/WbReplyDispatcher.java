package ru.agentiq.wb.reply;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.reply.Delivery;
import ru.agentiq.core.reply.DispatchAmbiguousException;
import ru.agentiq.core.reply.ReplyDispatcher;
import ru.agentiq.core.reply.ReplyRequest;
import ru.agentiq.wb.WbConnectionException;
import ru.agentiq.wb.WbSellerApi;
import ru.agentiq.wb.WbServerException;
import ru.agentiq.wb.WbValidationException;
import ru.agentiq.wb.chat.Chat;
import ru.agentiq.wb.chat.ChatEvent;
import ru.agentiq.wb.chat.EventsPage;
import ru.agentiq.wb.feedbacks.Feedback;
import ru.agentiq.wb.questions.Question;

/**
 * Delivers replies to WB: a review answer ({@code POST}, or {@code PATCH} when WB already shows an answer), a question
 * answer ({@code PATCH state=wbRu}), a chat message (with the chat's {@code replySign}, refreshed from the chat list
 * when missing or refused). Writes are sent once; a timeout after sending or a 5xx is reported as
 * {@link DispatchAmbiguousException}, and {@link #verify} reads the item back (the feedback or question by id; recent
 * chat events for a seller message with the same text).
 */
public final class WbReplyDispatcher implements ReplyDispatcher {

    /** How far back chat events are scanned when verifying a message. */
    public static final Duration CHAT_VERIFY_LOOKBACK = Duration.ofMinutes(15);
    static final int CHAT_VERIFY_MAX_PAGES = 5;

    private static final Logger log = LoggerFactory.getLogger(WbReplyDispatcher.class);

    private final Function<SellerId, WbSellerApi> sellers;
    private final Clock clock;

    public WbReplyDispatcher(Function<SellerId, WbSellerApi> sellers, Clock clock) {
        this.sellers = Checks.required(sellers, "sellers");
        this.clock = Checks.required(clock, "clock");
    }

    @Override
    public Set<Channel> channels() {
        return EnumSet.allOf(Channel.class);
    }

    @Override
    public void send(ReplyRequest request) {
        Interaction interaction = request.interaction();
        WbSellerApi api = sellers.apply(interaction.sellerId());
        String id = interaction.data().externalId();
        try {
            switch (interaction.channel()) {
                case REVIEW -> {
                    boolean hasAnswer = interaction.data().extraData().getString("wb_answer_text")
                            .filter(s -> !s.isBlank()).isPresent();
                    if (hasAnswer) {
                        api.feedbacks().editAnswer(id, request.text());
                    } else {
                        api.feedbacks().answer(id, request.text());
                    }
                }
                case QUESTION -> api.questions().answer(id, request.text());
                case CHAT -> sendChat(api, interaction, request.text());
            }
        } catch (WbConnectionException e) {
            if (e.mayHaveBeenDelivered()) {
                throw new DispatchAmbiguousException("the reply to " + interaction.channel().wire() + " " + id
                        + " may have been delivered: " + e.getMessage(), e);
            }
            throw e;
        } catch (WbServerException e) {
            throw new DispatchAmbiguousException("WB failed while taking the reply to "
                    + interaction.channel().wire() + " " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Delivery verify(ReplyRequest request) {
        Interaction interaction = request.interaction();
        String id = interaction.data().externalId();
        try {
            WbSellerApi api = sellers.apply(interaction.sellerId());
            return switch (interaction.channel()) {
                case REVIEW -> {
                    Feedback f = api.feedbacks().get(id);
                    yield f != null && f.answer() != null && same(f.answer().text(), request.text())
                            ? Delivery.PRESENT : Delivery.ABSENT;
                }
                case QUESTION -> {
                    Question q = api.questions().get(id);
                    yield q != null && q.answer() != null && same(q.answer().text(), request.text())
                            ? Delivery.PRESENT : Delivery.ABSENT;
                }
                case CHAT -> verifyChat(api, id, request.text());
            };
        } catch (RuntimeException e) {
            log.info("reply_verify_failed channel={} id={} error={}", interaction.channel().wire(), id,
                    e.getMessage());
            return Delivery.UNKNOWN;
        }
    }

    private void sendChat(WbSellerApi api, Interaction interaction, String text) {
        String chatId = interaction.data().externalId();
        String sign = interaction.data().extraData().getString("reply_sign").orElse(null);
        if (sign == null || sign.isBlank()) {
            sign = freshSign(api, chatId);
            api.chat().send(sign, text);
            return;
        }
        try {
            api.chat().send(sign, text);
        } catch (WbValidationException e) {
            // WB changed the replySign format in 2026: a stored signature may be refused; a fresh one is safe to use
            // because a 400 means nothing was delivered
            if (e.status() == 400 && e.getMessage().toLowerCase(Locale.ROOT).contains("sign")) {
                api.chat().send(freshSign(api, chatId), text);
                return;
            }
            throw e;
        }
    }

    private static String freshSign(WbSellerApi api, String chatId) {
        for (Chat chat : api.chat().chats()) {
            if (chatId.equals(chat.chatId()) && chat.replySign() != null && !chat.replySign().isBlank()) {
                return chat.replySign();
            }
        }
        throw new WbValidationException("chat " + chatId + " has no reply signature in WB's chat list; it may be "
                + "closed", null, 0, "GET /api/v1/seller/chats", null);
    }

    private Delivery verifyChat(WbSellerApi api, String chatId, String text) {
        Long next = clock.instant().minus(CHAT_VERIFY_LOOKBACK).toEpochMilli();
        for (int i = 0; i < CHAT_VERIFY_MAX_PAGES; i++) {
            EventsPage page = api.chat().events(next);
            for (ChatEvent event : page.events()) {
                if (chatId.equals(event.chatId()) && "seller".equalsIgnoreCase(event.sender())
                        && event.message() != null && same(event.message().text(), text)) {
                    return Delivery.PRESENT;
                }
            }
            if (page.exhausted() || page.next() == null || page.next().equals(next)) {
                return Delivery.ABSENT;
            }
            next = page.next();
        }
        return Delivery.UNKNOWN;
    }

    static boolean same(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** For logs: never the text. */
    @Override
    public String toString() {
        return "WbReplyDispatcher";
    }
}
