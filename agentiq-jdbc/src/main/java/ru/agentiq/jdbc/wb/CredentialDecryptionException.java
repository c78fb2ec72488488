package ru.agentiq.jdbc.wb;

import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.interaction.SellerId;

/**
 * A stored WB token could not be decrypted; nothing is returned rather than garbage. The leaves say why:
 * {@link WrongCredentialKeyException} (the configured keys are not the ones it was encrypted with) or
 * {@link TamperedCredentialException} (the right key, but the stored data was altered). Messages name the seller and
 * key id, never a token or key.
 */
public class CredentialDecryptionException extends AgentIqException {
    private static final long serialVersionUID = 1L;

    private final transient SellerId sellerId;
    private final String keyId;

    protected CredentialDecryptionException(String message, SellerId sellerId, String keyId, Throwable cause) {
        super(message, cause);
        this.sellerId = sellerId;
        this.keyId = keyId;
    }

    /** Whose token it is. */
    public SellerId sellerId() {
        return sellerId;
    }

    /** The id of the key the token was encrypted with, as stored. */
    public String keyId() {
        return keyId;
    }
}
