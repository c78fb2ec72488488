package ru.agentiq.app.payments;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's webhook signature scheme: the header {@code Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>…]}
 * where each {@code v1} is HMAC-SHA256 of {@code "<t>.<raw body>"} under the endpoint's secret. A call is genuine when
 * one {@code v1} matches (compared in constant time) and {@code t} is within the tolerance of now, so a captured call
 * cannot be replayed later. Immutable and thread-safe.
 */
public final class WebhookSignature {

    private static final String HMAC = "HmacSHA256";

    private final byte[] secret;
    private final Duration tolerance;

    public WebhookSignature(String secret, Duration tolerance) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("secret must not be blank");
        }
        if (tolerance == null || tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("tolerance must be positive, was " + tolerance);
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
    }

    /** Whether {@code header} signs {@code payload} and is fresh at {@code now}. */
    public boolean verify(String payload, String header, Instant now) {
        if (payload == null || header == null) {
            return false;
        }
        Long timestamp = null;
        java.util.List<String> signatures = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            if (key.equals("t")) {
                try {
                    timestamp = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (key.equals("v1")) {
                signatures.add(value);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(tolerance) > 0) {
            return false;
        }
        byte[] expected = sign(timestamp, payload).getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (String candidate : signatures) {
            // no early exit: every candidate is compared in constant time
            match |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8));
        }
        return match;
    }

    /** The header value a provider would send for {@code payload} at {@code at} (tests and local tools). */
    public String header(String payload, Instant at) {
        return "t=" + at.getEpochSecond() + ",v1=" + sign(at.getEpochSecond(), payload);
    }

    private String sign(long timestamp, String payload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "WebhookSignature[tolerance=" + tolerance + "]";
    }
}
