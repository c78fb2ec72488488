package ru.agentiq.core.timeline;

import ru.agentiq.core.interaction.Channel;

/** Where a seller answers each channel in the Wildberries seller portal. */
public final class WbUrls {

    public static final String REVIEWS = "https://seller.wildberries.ru/communication/reviews";
    public static final String QUESTIONS = "https://seller.wildberries.ru/communication/questions";
    public static final String CHATS = "https://seller.wildberries.ru/communication/chats";

    private WbUrls() {
    }

    /** The portal page for {@code channel}. */
    public static String of(Channel channel) {
        return switch (channel) {
            case REVIEW -> REVIEWS;
            case QUESTION -> QUESTIONS;
            case CHAT -> CHATS;
        };
    }
}
