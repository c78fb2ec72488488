package ru.agentiq.core.draft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The context a draft is grounded on (seed §f, plan phase 3). Every part is optional; {@link #items()} names the
 * parts that were actually found, which is what a draft reports as its explanation.
 *
 * @param productContext    the product card paragraph; nullable
 * @param pastReplies       the seller's latest replies on this product and intent
 * @param frequentIntents   what buyers raise most often about the product, with counts
 * @param customerContext   the buyer's profile paragraph; nullable
 * @param ratingInstruction how to treat a review of this rating / a question; nullable
 * @param tone              the seller's tone
 * @param channelRules      what a reply on this channel must never do
 * @param chatHistory       the chat's latest messages, oldest first
 * @param items             what was used
 */
public record Grounding(String productContext, List<String> pastReplies, Map<String, Integer> frequentIntents,
        String customerContext, String ratingInstruction, Tone tone, String channelRules, List<ChatLine> chatHistory,
        List<GroundingItem> items) {

    public Grounding {
        pastReplies = List.copyOf(pastReplies);
        frequentIntents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(frequentIntents));
        chatHistory = List.copyOf(chatHistory);
        items = List.copyOf(items);
    }
}
