package ru.agentiq.jdbc.wb;

import ru.agentiq.core.interaction.SellerId;

/**
 * The token was encrypted with a key that is not configured: its key id is unknown, or the key configured under that
 * id is a different key. Configure the key it was written with (as a retired key, when rotating).
 */
public final class WrongCredentialKeyException extends CredentialDecryptionException {
    private static final long serialVersionUID = 1L;

    WrongCredentialKeyException(String message, SellerId sellerId, String keyId) {
        super(message, sellerId, keyId, null);
    }
}
