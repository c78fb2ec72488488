package ru.agentiq.jdbc.wb;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * AES-256-GCM for WB tokens: a random 96-bit nonce per encryption (NIST SP 800-38D allows 2^32 such encryptions under
 * one key, far beyond the token writes of any seller base), a 128-bit tag, and associated data binding the ciphertext
 * to its seller and key id. Thread-safe: a {@link Cipher} is made per call.
 */
final class TokenCipher {

    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    /** What is stored for one token. */
    record Sealed(String keyId, String keyCheck, byte[] nonce, byte[] ciphertext) {
        @Override
        public String toString() {
            return "Sealed[" + keyId + "]";
        }
    }

    private final CredentialKeys keys;
    private final SecureRandom random = new SecureRandom();

    TokenCipher(CredentialKeys keys) {
        this.keys = Checks.required(keys, "keys");
    }

    Sealed seal(SellerId sellerId, String plaintext) {
        CredentialKeys.Key key = keys.current();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(sellerId, key.id()));
            return new Sealed(key.id(), key.check(), nonce,
                    cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * @throws WrongCredentialKeyException when the key id is not configured or its key is not the one used
     * @throws TamperedCredentialException when the data fails authentication under the right key
     */
    String open(SellerId sellerId, Sealed sealed) {
        CredentialKeys.Key key = keys.key(sealed.keyId()).orElseThrow(() -> new WrongCredentialKeyException(
                "the WB token of seller " + sellerId + " was encrypted with credential key " + sealed.keyId()
                        + ", which is not configured (configured: " + keys.keyIds().stream().sorted().toList()
                        + ")", sellerId, sealed.keyId()));
        if (!key.check().equals(sealed.keyCheck())) {
            throw new WrongCredentialKeyException("the WB token of seller " + sellerId + " was encrypted with a "
                    + "different key than the one configured as " + sealed.keyId(), sellerId, sealed.keyId());
        }
        if (sealed.nonce() == null || sealed.nonce().length != NONCE_BYTES) {
            throw new TamperedCredentialException("the stored WB token of seller " + sellerId + " has a damaged "
                    + "nonce; save the token again", sellerId, sealed.keyId(), null);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, sealed.nonce()));
            cipher.updateAAD(associatedData(sellerId, key.id()));
            return new String(cipher.doFinal(sealed.ciphertext()), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new TamperedCredentialException("the stored WB token of seller " + sellerId + " failed "
                    + "authentication under credential key " + key.id() + ": it was altered or belongs to another "
                    + "seller; save the token again", sellerId, key.id(), null);
        } catch (GeneralSecurityException e) {
            throw new TamperedCredentialException("the stored WB token of seller " + sellerId + " could not be "
                    + "decrypted (" + e.getClass().getSimpleName() + "); save the token again", sellerId, key.id(),
                    null);
        }
    }

    boolean isCurrent(String keyId) {
        return keys.currentKeyId().equals(keyId);
    }

    private static byte[] associatedData(SellerId sellerId, String keyId) {
        return ("agentiq:wb_credentials:v1:seller=" + sellerId.value() + ":key=" + keyId)
                .getBytes(StandardCharsets.UTF_8);
    }
}
