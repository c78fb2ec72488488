package ru.agentiq.wb.auth;

/**
 * A WB API category: the unit of token scopes and of rate-limit buckets. Feedbacks and Questions share one category
 * (and one bucket); chat downloads have their own bucket but the chat scope.
 */
public enum ApiCategory {
    /** "Feedbacks and Questions", scope bit 7. */
    FEEDBACKS_QUESTIONS("Feedbacks and Questions", 7),
    /** "Buyers chat": chats, events, messages; scope bit 9. */
    CHAT("Buyers chat", 9),
    /** Chat attachment downloads: the chat scope, a separate rate-limit bucket. */
    CHAT_DOWNLOAD("Buyers chat", 9);

    private final String title;
    private final int scopeBit;

    ApiCategory(String title, int scopeBit) {
        this.title = title;
        this.scopeBit = scopeBit;
    }

    /** WB's name of the category, as shown in the seller portal. */
    public String title() {
        return title;
    }

    /** Position of the category in the token's {@code s} bit mask ({@code (s >> bit) & 1}). */
    public int scopeBit() {
        return scopeBit;
    }
}
