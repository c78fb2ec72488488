package ru.agentiq.core.draft;

import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * One request for a draft: who asks, about what, and the prepared prompt.
 *
 * @param requestId       the caller's id of this generation, unique per seller; a retry of the same generation
 *                        reuses it, which is what lets metering charge it once; ≤ 128 characters
 * @param sellerId        tenant asking (and paying)
 * @param interactionId   the interaction the draft answers; nullable for drafts not tied to one (previews)
 * @param channel         channel of the reply, which decides how strict the wording must be
 * @param systemPrompt    instructions for the model; nullable
 * @param userPrompt      the grounded request (buyer text, product and customer context)
 * @param maxOutputTokens completion budget, 1..{@value #MAX_OUTPUT_TOKENS}
 * @param fallbackText    the draft to use when the model cannot give one (prepared without the model, so a failed
 *                        call still yields a draft that can be metered); nullable
 */
public record DraftRequest(
        String requestId,
        SellerId sellerId,
        InteractionId interactionId,
        Channel channel,
        String systemPrompt,
        String userPrompt,
        int maxOutputTokens,
        String fallbackText) {

    public static final int MAX_REQUEST_ID_LENGTH = 128;
    public static final int MAX_PROMPT_LENGTH = 200_000;
    public static final int MAX_OUTPUT_TOKENS = 32_000;
    /** The seed's completion budget for every draft. */
    public static final int DEFAULT_MAX_OUTPUT_TOKENS = 600;

    public DraftRequest {
        requestId = Checks.requiredText(requestId, "requestId", MAX_REQUEST_ID_LENGTH);
        Checks.required(sellerId, "sellerId");
        Checks.required(channel, "channel");
        systemPrompt = Checks.optionalText(systemPrompt, "systemPrompt", MAX_PROMPT_LENGTH);
        userPrompt = Checks.requiredText(userPrompt, "userPrompt", MAX_PROMPT_LENGTH);
        Checks.inRange(maxOutputTokens, 1, MAX_OUTPUT_TOKENS, "maxOutputTokens");
        fallbackText = Checks.optionalText(fallbackText, "fallbackText", DraftResult.MAX_TEXT_LENGTH);
    }

    /** A request without a prepared fallback. */
    public DraftRequest(String requestId, SellerId sellerId, InteractionId interactionId, Channel channel,
            String systemPrompt, String userPrompt, int maxOutputTokens) {
        this(requestId, sellerId, interactionId, channel, systemPrompt, userPrompt, maxOutputTokens, null);
    }

    /** Starts a request; {@code maxOutputTokens} defaults to {@value #DEFAULT_MAX_OUTPUT_TOKENS}. */
    public static Builder builder(String requestId, SellerId sellerId, Channel channel, String userPrompt) {
        return new Builder(requestId, sellerId, channel, userPrompt);
    }

    /** Builds a {@link DraftRequest}. */
    public static final class Builder {
        private final String requestId;
        private final SellerId sellerId;
        private final Channel channel;
        private final String userPrompt;
        private InteractionId interactionId;
        private String systemPrompt;
        private int maxOutputTokens = DEFAULT_MAX_OUTPUT_TOKENS;
        private String fallbackText;

        private Builder(String requestId, SellerId sellerId, Channel channel, String userPrompt) {
            this.requestId = requestId;
            this.sellerId = sellerId;
            this.channel = channel;
            this.userPrompt = userPrompt;
        }

        public Builder interactionId(InteractionId value) {
            this.interactionId = value;
            return this;
        }

        public Builder systemPrompt(String value) {
            this.systemPrompt = value;
            return this;
        }

        public Builder maxOutputTokens(int value) {
            this.maxOutputTokens = value;
            return this;
        }

        /** The draft to use when the model fails (see {@link DraftRequest#fallbackText()}). */
        public Builder fallbackText(String value) {
            this.fallbackText = value;
            return this;
        }

        public DraftRequest build() {
            return new DraftRequest(requestId, sellerId, interactionId, channel, systemPrompt, userPrompt,
                    maxOutputTokens, fallbackText);
        }
    }
}
