package ru.agentiq.jdbc.settings;

import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.interaction.SellerId;

/**
 * A stored settings document cannot be turned back into settings: not JSON, a field of the wrong type, or a value the
 * settings' rules reject. The seller's row is left as it is; writing new settings replaces it.
 */
public final class UnreadableSettingsException extends AgentIqException {
    private static final long serialVersionUID = 1L;

    private final transient SellerId sellerId;
    private final String namespace;

    public UnreadableSettingsException(SellerId sellerId, String namespace, String reason, Throwable cause) {
        super("settings " + namespace + " of seller " + sellerId + " are unreadable: " + reason, cause);
        this.sellerId = sellerId;
        this.namespace = namespace;
    }

    public SellerId sellerId() {
        return sellerId;
    }

    public String namespace() {
        return namespace;
    }
}
