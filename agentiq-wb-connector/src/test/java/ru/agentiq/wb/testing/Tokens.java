package ru.agentiq.wb.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import ru.agentiq.wb.auth.ApiCategory;

/** Builds JWT-shaped WB tokens with chosen claims (unsigned: only WB checks the signature). */
public final class Tokens {

    /** A marker that must never show up in logs or messages. */
    public static final String SECRET_MARKER = "S3CR3TSIGNATURE";

    private Tokens() {
    }

    public static String jwt(int acc, long scopes, Instant expires) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"ES256\",\"kid\":\"20250101v1\",\"typ\":\"JWT\"}"
                .getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"ent\":1,\"exp\":" + expires.getEpochSecond() + ",\"id\":"
                + "\"0190f000-0000-7000-8000-000000000001\",\"acc\":" + acc + ",\"s\":" + scopes
                + ",\"sid\":\"seller-uuid\",\"t\":false,\"uid\":42}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + SECRET_MARKER + "xyz";
    }

    /** A personal token with Feedbacks and Questions and Buyers chat, valid until 2027. */
    public static String personal() {
        return jwt(3, scope(ApiCategory.FEEDBACKS_QUESTIONS) | scope(ApiCategory.CHAT),
                Instant.parse("2027-03-01T00:00:00Z"));
    }

    public static long scope(ApiCategory category) {
        return 1L << category.scopeBit();
    }
}
