package ru.agentiq.wb.auth;

import java.util.Optional;
import ru.agentiq.core.interaction.SellerId;

/**
 * Port: where sellers' WB tokens live. The JDBC adapter encrypts them at rest; implementations must be safe for
 * concurrent use and must never log a token.
 */
public interface CredentialStore {

    Optional<WbToken> token(SellerId sellerId);

    void save(SellerId sellerId, WbToken token);

    void remove(SellerId sellerId);
}
