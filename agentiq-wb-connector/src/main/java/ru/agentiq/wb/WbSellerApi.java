package ru.agentiq.wb;

import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.wb.chat.ChatClient;
import ru.agentiq.wb.feedbacks.FeedbacksClient;
import ru.agentiq.wb.internal.WbSession;
import ru.agentiq.wb.questions.QuestionsClient;

/** The WB APIs of one seller, with its token and its rate budget. Thread-safe. */
public final class WbSellerApi {

    private final SellerId sellerId;
    private final WbSession session;
    private final FeedbacksClient feedbacks;
    private final QuestionsClient questions;
    private final ChatClient chat;

    WbSellerApi(SellerId sellerId, WbSession session) {
        this.sellerId = sellerId;
        this.session = session;
        this.feedbacks = new FeedbacksClient(session);
        this.questions = new QuestionsClient(session);
        this.chat = new ChatClient(session);
    }

    public SellerId sellerId() {
        return sellerId;
    }

    public FeedbacksClient feedbacks() {
        return feedbacks;
    }

    public QuestionsClient questions() {
        return questions;
    }

    public ChatClient chat() {
        return chat;
    }

    /** The fingerprint of the seller's token (never the token). */
    public String tokenFingerprint() {
        return session.token().fingerprint();
    }

    @Override
    public String toString() {
        return "WbSellerApi[seller=" + sellerId + ", token=" + session.token() + "]";
    }
}
