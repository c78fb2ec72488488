package ru.agentiq.jdbc.wb;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * The AES-256 keys that encrypt WB tokens at rest, each under an id that is stored with every token: one current key
 * encrypts new writes; retired keys only decrypt what was written with them, so keys can rotate without downtime
 * (configure the new key as current and the old one as retired, run {@link JdbcCredentialStore#reencryptAll()}, then
 * drop the old key). Keys come from configuration as base64 of 32 random bytes, e.g.
 * {@code openssl rand -base64 32} or {@link #generateKey()}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows key ids only; no message ever contains key material.
 */
public final class CredentialKeys {

    /** AES-256: 32 bytes. */
    public static final int KEY_BYTES = 32;
    /** Longest key id (the {@code wb_credentials.key_id} column). */
    public static final int MAX_KEY_ID_LENGTH = 64;

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._:-]+");
    private static final byte[] CHECK_LABEL = "agentiq wb credential key check v1".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A configured key: the AES key and its check value (a keyed hash that identifies it without revealing it). */
    record Key(String id, SecretKey secret, String check) {
        @Override
        public String toString() {
            return "Key[" + id + "]";
        }
    }

    private final String currentId;
    private final Map<String, Key> keys;

    private CredentialKeys(String currentId, Map<String, Key> keys) {
        this.currentId = currentId;
        this.keys = Map.copyOf(keys);
    }

    /** A single current key and no retired ones. */
    public static CredentialKeys of(String keyId, String base64Key) {
        return builder().current(keyId, base64Key).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A fresh random key as base64, for configuration. */
    public static String generateKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The id of the key new writes are encrypted with. */
    public String currentKeyId() {
        return currentId;
    }

    /** Every configured key id, current and retired. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    Key current() {
        return keys.get(currentId);
    }

    Optional<Key> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public String toString() {
        return "CredentialKeys[current=" + currentId + ", all=" + keys.keySet().stream().sorted().toList() + "]";
    }

    /** Builder of {@link CredentialKeys}: exactly one current key, any number of retired ones. */
    public static final class Builder {
        private final Map<String, Key> keys = new LinkedHashMap<>();
        private String currentId;

        private Builder() {
        }

        /** The key new writes are encrypted with (it decrypts too). */
        public Builder current(String keyId, String base64Key) {
            if (currentId != null) {
                throw new ValidationException("only one current credential key may be configured, "
                        + currentId + " already is");
            }
            Key key = add(keyId, base64Key);
            currentId = key.id();
            return this;
        }

        /** A key that only decrypts tokens written with it before a rotation. */
        public Builder retired(String keyId, String base64Key) {
            add(keyId, base64Key);
            return this;
        }

        public CredentialKeys build() {
            if (currentId == null) {
                throw new ValidationException("a current credential key is required");
            }
            return new CredentialKeys(currentId, keys);
        }

        private Key add(String keyId, String base64Key) {
            String id = Checks.requiredText(keyId, "keyId", MAX_KEY_ID_LENGTH);
            if (!KEY_ID.matcher(id).matches()) {
                throw new ValidationException("keyId may contain only letters, digits and . _ : -, was " + id);
            }
            if (keys.containsKey(id)) {
                throw new ValidationException("credential key " + id + " is configured twice");
            }
            byte[] raw = decode(id, base64Key);
            try {
                SecretKey secret = new SecretKeySpec(raw, "AES");
                Key key = new Key(id, secret, check(secret));
                keys.put(id, key);
                return key;
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        }

        private static byte[] decode(String id, String base64Key) {
            if (base64Key == null || base64Key.isBlank()) {
                throw new ValidationException("credential key " + id + " is required and must not be blank");
            }
            String normalised = base64Key.strip().replace('-', '+').replace('_', '/');
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(normalised);
            } catch (IllegalArgumentException e) {
                // the message would quote the offending character; the key's characters stay out of messages
                throw new ValidationException("credential key " + id + " must be base64 of " + KEY_BYTES
                        + " random bytes; it is not valid base64");
            }
            if (raw.length != KEY_BYTES) {
                int length = raw.length;
                Arrays.fill(raw, (byte) 0);
                throw new ValidationException("credential key " + id + " must be base64 of " + KEY_BYTES
                        + " random bytes (AES-256), it decodes to " + length + " bytes");
            }
            return raw;
        }

        private static String check(SecretKey secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getEncoded(), "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(CHECK_LABEL), 0, 8);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is required by every JDK", e);
            }
        }
    }
}
