package ru.agentiq.core.draft;

import ru.agentiq.core.internal.Checks;

/**
 * How much context drafts gather. Immutable; {@link #defaults()} or {@link #builder()}.
 *
 * @param pastReplies     seller replies on the same product and intent put in the prompt (0..20)
 * @param frequentIntents frequent product intents put in the prompt (0..10)
 * @param chatMessages    latest chat messages put in the prompt (0..50; seed: 10)
 */
public record DraftConfig(int pastReplies, int frequentIntents, int chatMessages) {

    public static final int DEFAULT_PAST_REPLIES = 3;
    public static final int DEFAULT_FREQUENT_INTENTS = 3;
    public static final int DEFAULT_CHAT_MESSAGES = 10;

    private static final DraftConfig DEFAULTS = new DraftConfig(DEFAULT_PAST_REPLIES, DEFAULT_FREQUENT_INTENTS,
            DEFAULT_CHAT_MESSAGES);

    public DraftConfig {
        Checks.inRange(pastReplies, 0, 20, "pastReplies");
        Checks.inRange(frequentIntents, 0, 10, "frequentIntents");
        Checks.inRange(chatMessages, 0, 50, "chatMessages");
    }

    public static DraftConfig defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder starting from the defaults. */
    public static final class Builder {
        private int pastReplies = DEFAULT_PAST_REPLIES;
        private int frequentIntents = DEFAULT_FREQUENT_INTENTS;
        private int chatMessages = DEFAULT_CHAT_MESSAGES;

        private Builder() {
        }

        public Builder pastReplies(int value) {
            this.pastReplies = Checks.inRange(value, 0, 20, "pastReplies");
            return this;
        }

        public Builder frequentIntents(int value) {
            this.frequentIntents = Checks.inRange(value, 0, 10, "frequentIntents");
            return this;
        }

        public Builder chatMessages(int value) {
            this.chatMessages = Checks.inRange(value, 0, 50, "chatMessages");
            return this;
        }

        public DraftConfig build() {
            return new DraftConfig(pastReplies, frequentIntents, chatMessages);
        }
    }
}
