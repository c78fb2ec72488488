package ru.agentiq.jdbc.wb;

import ru.agentiq.core.interaction.SellerId;

/**
 * The key is right but the stored token failed AES-GCM authentication: the row was altered, truncated, or copied from
 * another seller. Save the seller's token again.
 */
public final class TamperedCredentialException extends CredentialDecryptionException {
    private static final long serialVersionUID = 1L;

    TamperedCredentialException(String message, SellerId sellerId, String keyId, Throwable cause) {
        super(message, sellerId, keyId, cause);
    }
}
