package ru.agentiq.wb.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import ru.agentiq.core.ValidationException;
import ru.agentiq.wb.WbAuthenticationException;

/**
 * A seller's WB API token. WB tokens are JWTs; the claims (not the signature, which only WB can check) give the token
 * type ({@code acc}), the category scopes ({@code s} bit mask: bit 7 Feedbacks and Questions, bit 9 Buyers chat,
 * bit 30 read-only) and the expiry ({@code exp}, 180 days after creation).
 *
 * <p>The secret never leaves this object except as the {@code Authorization} header value:
 * {@link #toString()} shows only a fingerprint (the first 12 hex digits of its SHA-256), and no exception message
 * contains it. A {@code Bearer } prefix is accepted and removed; WB takes the raw token.
 */
public final class WbToken {

    /** Bit 30 of {@code s}: the token may only read. */
    public static final int READ_ONLY_BIT = 30;

    private static final ObjectMapper CLAIMS = new ObjectMapper();

    private final String secret;
    private final String fingerprint;
    private final boolean jwt;
    private final TokenType type;
    private final long scopes;
    private final Instant expiresAt;

    private WbToken(String secret) {
        this.secret = secret;
        this.fingerprint = fingerprint(secret);
        JsonNode claims = claims(secret);
        this.jwt = claims != null;
        this.type = claims == null ? TokenType.UNKNOWN : TokenType.ofCode(claims.path("acc").asLong(0));
        this.scopes = claims == null ? 0 : claims.path("s").asLong(0);
        this.expiresAt = claims != null && claims.hasNonNull("exp") && claims.get("exp").canConvertToLong()
                ? Instant.ofEpochSecond(claims.get("exp").asLong()) : null;
    }

    /**
     * Wraps a token as the seller pasted it: surrounding blanks and a {@code Bearer } prefix are removed.
     *
     * @throws ValidationException when it is blank or contains whitespace or control characters inside
     */
    public static WbToken of(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("token is required and must not be blank");
        }
        String raw = value.strip();
        if (raw.regionMatches(true, 0, "bearer ", 0, 7)) {
            raw = raw.substring(7).strip();
        }
        if (raw.isEmpty() || raw.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new ValidationException("token must be a single word without spaces or control characters");
        }
        return new WbToken(raw);
    }

    /** The value of the {@code Authorization} header: the raw token, or {@code Bearer <token>} when asked for. */
    public String authorizationHeader(boolean bearer) {
        return bearer ? "Bearer " + secret : secret;
    }

    /** Whether the token parsed as a JWT (so its claims below are known). */
    public boolean isJwt() {
        return jwt;
    }

    public TokenType type() {
        return type;
    }

    /** The raw {@code s} claim; 0 when unknown. */
    public long scopeMask() {
        return scopes;
    }

    public boolean hasScope(ApiCategory category) {
        return ((scopes >> category.scopeBit()) & 1L) == 1L;
    }

    public boolean readOnly() {
        return ((scopes >> READ_ONLY_BIT) & 1L) == 1L;
    }

    /** When the token expires; null when unknown. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** A stable, non-secret identifier of this token for logs and support. */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Checks, before any call, that this token can call {@code category} at {@code now}.
     *
     * @param write whether the call changes something (a read-only token cannot)
     * @throws WbAuthenticationException naming what is wrong (never the token itself)
     */
    public void check(ApiCategory category, boolean write, Instant now) {
        if (!jwt) {
            throw new WbAuthenticationException("the token " + fingerprint + " is not a WB API token (WB tokens are "
                    + "JWTs; create one in the seller portal under Settings → API access)", 0, null, null, null);
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new WbAuthenticationException("the token " + fingerprint + " expired at " + expiresAt
                    + "; create a new one in the seller portal", 0, null, null, null);
        }
        if (!hasScope(category)) {
            throw new WbAuthenticationException("this token has no " + category.title() + " scope (token "
                    + fingerprint + "); create one with the \"" + category.title() + "\" category", 0, null, null,
                    null);
        }
        if (write && readOnly()) {
            throw new WbAuthenticationException("this token is read-only (token " + fingerprint
                    + ") and cannot send replies", 0, null, null, null);
        }
    }

    @Override
    public String toString() {
        return "WbToken[" + fingerprint + ", " + type.name().toLowerCase(Locale.ROOT) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WbToken other && MessageDigest.isEqual(
                secret.getBytes(StandardCharsets.UTF_8), other.secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return fingerprint.hashCode();
    }

    private static JsonNode claims(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            byte[] json = Base64.getUrlDecoder().decode(parts[1]);
            JsonNode node = CLAIMS.readTree(json);
            return node != null && node.isObject() ? node : null;
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }

    private static String fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
