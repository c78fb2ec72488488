package ru.agentiq.wb.auth;

/** The token's {@code acc} claim. Base tokens get far stricter rate limits since April 2026. */
public enum TokenType {
    BASE(1), TEST(2), PERSONAL(3), SERVICE(4), UNKNOWN(0);

    private final int code;

    TokenType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static TokenType ofCode(long code) {
        for (TokenType type : values()) {
            if (type.code == code && type != UNKNOWN) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
